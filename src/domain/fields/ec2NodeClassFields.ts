import { AWS_DOCS, KUBERNETES_DOCS, NODECLASS_DOCS } from './docLinks';
import type { ExplainedField, FieldHelp } from './fieldHelp';
import {
  METADATA,
  METADATA_ANNOTATIONS,
  METADATA_LABELS,
  SELECTOR_TAGS,
  STATUS,
} from './sharedFields';

/**
 * The EC2NodeClass's fields, keyed `EC2NodeClass:<path>` as the NodePool's are. Defaults quote
 * karpenter.k8s.aws_ec2nodeclasses.yaml (Karpenter v1.14.1) where it has one; the others say what
 * Karpenter or EC2 does when the field is left out.
 */
export const EC2NODECLASS_FIELDS = {
  'EC2NodeClass:apiVersion': {
    help: 'The API version of an EC2NodeClass: karpenter.k8s.aws/v1.',
  },
  'EC2NodeClass:kind': {
    help: 'This document is a Karpenter EC2NodeClass.',
  },
  'EC2NodeClass:metadata': METADATA,
  'EC2NodeClass:spec': {
    help: 'The AWS settings of the nodes launched with this class.',
  },
  'EC2NodeClass:metadata.name': {
    title: 'metadata.name',
    help: 'The class’s name: pools refer to it in nodeClassRef.name.',
    mistake:
      'Renaming a class in a cluster: pools that still name the old one stop launching. (In the designer, renaming updates the pools for you.)',
    docs: NODECLASS_DOCS.page,
  },
  'EC2NodeClass:metadata.labels': METADATA_LABELS,
  'EC2NodeClass:metadata.annotations': METADATA_ANNOTATIONS,
  'EC2NodeClass:spec.amiSelectorTerms': {
    title: 'amiSelectorTerms',
    help: 'Which AMIs the nodes boot: an alias for an EKS-optimized AMI such as al2023@v20250505, or AMIs picked by id, name, SSM parameter or tags. Terms are ORed; the fields within one term are ANDed.',
    default: 'Required: there is no implicit AMI.',
    mistake:
      'Using @latest in production: every AMI release then drifts and replaces all of the class’s nodes. Pin a version and move it forward on purpose.',
    docs: NODECLASS_DOCS.amis,
  },
  'EC2NodeClass:spec.amiSelectorTerms[].alias': {
    title: 'amiSelectorTerms[].alias',
    help: 'An EKS-optimized AMI as family@version: al2023, al2, bottlerocket or windows2019/2022/2025, then a release such as v20250505 (or v1.20.4 for Bottlerocket), or latest.',
    mistake:
      'Combining an alias with other terms: an alias must be the only term. Windows accepts latest only.',
    docs: NODECLASS_DOCS.amis,
  },
  'EC2NodeClass:spec.amiSelectorTerms[].id': {
    help: 'An AMI id, such as ami-0123456789abcdef0.',
  },
  'EC2NodeClass:spec.amiSelectorTerms[].name': {
    help: "The AMI's name (not its Name tag); may combine with owner.",
  },
  'EC2NodeClass:spec.amiSelectorTerms[].owner': {
    help: 'An AWS account id, self, amazon or aws-marketplace.',
  },
  'EC2NodeClass:spec.amiSelectorTerms[].ssmParameter': {
    help: 'An SSM parameter (name or ARN) that holds an AMI id.',
  },
  'EC2NodeClass:spec.amiSelectorTerms[].tags': SELECTOR_TAGS,
  'EC2NodeClass:spec.amiFamily': {
    title: 'amiFamily',
    help: 'Decides the format of the user data Karpenter generates (and how it merges yours) and the default disks. It does not choose the AMI; amiSelectorTerms does.',
    values: { Custom: 'Your own AMI and user data: Karpenter adds nothing to the user data.' },
    default: 'Taken from the alias when there is one; required otherwise.',
    mistake:
      'Choosing Custom without complete bootstrap user data of your own: Karpenter then adds nothing and the node never joins the cluster.',
    docs: NODECLASS_DOCS.amiFamily,
  },
  'EC2NodeClass:spec.subnetSelectorTerms': {
    title: 'subnetSelectorTerms',
    help: 'Which subnets nodes launch in, by id or by tags (commonly karpenter.sh/discovery: <cluster>). In each zone Karpenter uses the matching subnet with the most free IP addresses.',
    default: 'Required, with at least one term.',
    mistake:
      'Tagging the subnets of only one zone: pools using the class can then launch only there, whatever their zone requirements say.',
    docs: NODECLASS_DOCS.subnets,
  },
  'EC2NodeClass:spec.subnetSelectorTerms[].id': {
    help: 'A subnet id, such as subnet-0123456789abcdef0.',
  },
  'EC2NodeClass:spec.subnetSelectorTerms[].tags': SELECTOR_TAGS,
  'EC2NodeClass:spec.securityGroupSelectorTerms': {
    title: 'securityGroupSelectorTerms',
    help: 'Which security groups the nodes get, by id, name or tags. Every matching group is attached.',
    default: 'Required, with at least one term.',
    mistake:
      'Selecting on the kubernetes.io/cluster/<name> tag: several groups carry it, and the AWS Load Balancer Controller expects only one. Prefer karpenter.sh/discovery.',
    docs: NODECLASS_DOCS.securityGroups,
  },
  'EC2NodeClass:spec.securityGroupSelectorTerms[].id': {
    help: 'A security group id, such as sg-0123456789abcdef0.',
  },
  'EC2NodeClass:spec.securityGroupSelectorTerms[].name': {
    help: "The group's name (not its Name tag).",
  },
  'EC2NodeClass:spec.securityGroupSelectorTerms[].tags': SELECTOR_TAGS,
  'EC2NodeClass:spec.role': {
    title: 'role',
    help: 'The IAM role the nodes run as; Karpenter creates and manages an instance profile for it. A class sets either role or instanceProfile, never both.',
    mistake:
      'A role the cluster does not know: nodes launch but never join. Give the role an EKS access entry (or aws-auth mapping) for nodes.',
    docs: NODECLASS_DOCS.role,
  },
  'EC2NodeClass:spec.instanceProfile': {
    title: 'instanceProfile',
    help: 'An existing IAM instance profile for the nodes, used as it is, instead of a role. Private clusters without internet access need it, since Karpenter cannot reach IAM to manage a profile there.',
    mistake:
      'Forgetting that Karpenter’s own role needs iam:PassRole on the profile’s role: every launch then fails.',
    docs: NODECLASS_DOCS.instanceProfile,
  },
  'EC2NodeClass:spec.capacityReservationSelectorTerms': {
    title: 'capacityReservationSelectorTerms',
    help: 'On-demand capacity reservations (and capacity blocks) that pools using this class may launch into, by id or by tags and owner. Karpenter fills them before it buys on-demand or spot capacity.',
    default: 'None: no reserved capacity.',
    mistake:
      'Selecting reservations while the pool’s karpenter.sh/capacity-type requirement leaves out reserved: they are then never used.',
    docs: NODECLASS_DOCS.capacityReservations,
  },
  'EC2NodeClass:spec.blockDeviceMappings': {
    title: 'blockDeviceMappings',
    help: 'The EBS volumes each node gets: device name, size, type, encryption, IOPS and throughput. One may be marked as the kubelet’s root volume.',
    default:
      'The AMI family’s volumes: on AL2023 one encrypted 20Gi gp3 root volume; on Bottlerocket a 4Gi OS volume and a 20Gi data volume.',
    mistake:
      'Sizing only /dev/xvda on Bottlerocket: it holds just the OS, while images and pods live on /dev/xvdb. Listing any mappings replaces all of the family’s defaults.',
    docs: NODECLASS_DOCS.blockDeviceMappings,
  },
  'EC2NodeClass:spec.blockDeviceMappings[].deviceName': {
    help: 'The device name, such as /dev/xvda.',
  },
  'EC2NodeClass:spec.blockDeviceMappings[].ebs': {
    help: 'The EBS volume: size or snapshot, type, encryption.',
  },
  'EC2NodeClass:spec.blockDeviceMappings[].ebs.volumeSize': {
    help: 'The size, such as 100Gi. Give a size or a snapshot.',
  },
  'EC2NodeClass:spec.blockDeviceMappings[].ebs.encrypted': {
    help: 'Encrypt the volume.',
  },
  'EC2NodeClass:spec.blockDeviceMappings[].ebs.kmsKeyID': {
    help: 'The KMS key to encrypt with, instead of the default.',
  },
  'EC2NodeClass:spec.blockDeviceMappings[].ebs.iops': {
    help: 'Provisioned IOPS (gp3, io1, io2).',
  },
  'EC2NodeClass:spec.blockDeviceMappings[].ebs.throughput': {
    help: 'Throughput in MiB/s (gp3 only, 125 to 1000).',
  },
  'EC2NodeClass:spec.blockDeviceMappings[].ebs.deleteOnTermination': {
    help: 'Delete the volume when the node is terminated.',
  },
  'EC2NodeClass:spec.blockDeviceMappings[].ebs.snapshotID': {
    help: 'An EBS snapshot to create the volume from.',
  },
  'EC2NodeClass:spec.instanceStorePolicy': {
    title: 'instanceStorePolicy',
    help: 'What to do with the instance’s local NVMe disks. RAID0 joins them into one array and puts the kubelet, containerd and pods’ ephemeral storage on it.',
    values: { RAID0: 'Join them in one RAID0 array for the kubelet and container images.' },
    default: 'Not set: Karpenter and Kubernetes ignore those disks.',
    mistake:
      'Building the RAID yourself but leaving the policy unset: Karpenter does not count the disks as ephemeral storage, and pods that need it may never be scheduled.',
    docs: NODECLASS_DOCS.instanceStorePolicy,
  },
  'EC2NodeClass:spec.userData': {
    title: 'userData',
    help: 'Your own start-up script or settings, in the AMI family’s format: shell or MIME on AL2, NodeConfig, shell or MIME on AL2023, TOML on Bottlerocket, PowerShell on Windows. Karpenter merges it with its own bootstrap.',
    mistake:
      'Setting the cluster, labels, taints or kubelet options here: Karpenter’s own values win on AL2023 and Bottlerocket, so use the class’s kubelet and the pool’s labels and taints. Any change replaces every node of the class.',
    docs: NODECLASS_DOCS.userData,
  },
  'EC2NodeClass:spec.tags': {
    title: 'tags',
    help: 'AWS tags put on what Karpenter creates for the class: instances, volumes and launch templates. Karpenter adds its own (karpenter.sh/nodepool, eks:eks-cluster-name...) besides.',
    mistake:
      'Writing the tags Karpenter owns (karpenter.sh/nodepool, karpenter.sh/nodeclaim, karpenter.k8s.aws/ec2nodeclass, kubernetes.io/cluster/..., eks:eks-cluster-name): the API server rejects them.',
    docs: NODECLASS_DOCS.tags,
  },
  'EC2NodeClass:spec.kubelet': {
    title: 'kubelet',
    help: 'Kubelet settings for every node of the class: pod density, reserved resources, eviction thresholds, image garbage collection, cluster DNS. Karpenter also uses them to work out what fits on a node.',
    default: 'Not set: the AMI family’s and Karpenter’s defaults.',
    mistake:
      'Setting the same kubelet options in userData: on AL2023 Karpenter’s values win, and with the Custom family you must set them in both places.',
    docs: NODECLASS_DOCS.kubelet,
  },
  'EC2NodeClass:spec.kubelet.maxPods': {
    title: 'kubelet.maxPods',
    help: 'The most pods a node may run. Karpenter packs pods with it and passes it to the kubelet.',
    default: 'Not set: worked out from the instance type’s network interface and IP limits.',
    mistake:
      'Keeping that default with VPC CNI prefix delegation: nodes could hold many more pods (110 is common), so set it.',
    docs: NODECLASS_DOCS.kubelet,
  },
  'EC2NodeClass:spec.kubelet.podsPerCore': {
    title: 'kubelet.podsPerCore',
    help: 'Pods per vCPU: Karpenter multiplies it by the instance’s vCPUs. maxPods, when set, still caps it.',
    mistake:
      'A low value on small instances: a 2-vCPU node at 2 pods per core has room for just 4 pods, DaemonSets included.',
    docs: NODECLASS_DOCS.kubelet,
  },
  'EC2NodeClass:spec.kubelet.kubeReserved': {
    title: 'kubelet.kubeReserved',
    help: 'CPU, memory, ephemeral storage and PIDs held back for Kubernetes’ own components (the kubelet, the container runtime), so pods cannot starve them; systemReserved does the same for the operating system.',
    default: 'Not set: Karpenter works out CPU, memory and storage with the EKS AMI’s formula.',
    mistake:
      'A Custom AMI that reserves differently from that formula: Karpenter’s idea of a node’s free room then differs from the node’s own.',
    docs: NODECLASS_DOCS.kubelet,
  },
  'EC2NodeClass:spec.kubelet.systemReserved': {
    title: 'kubelet.systemReserved',
    help: 'CPU, memory, ephemeral storage and PIDs held back for the operating system’s daemons.',
    docs: NODECLASS_DOCS.kubelet,
  },
  'EC2NodeClass:spec.kubelet.evictionHard': {
    title: 'kubelet.evictionHard',
    help: 'Thresholds by signal (memory.available, nodefs.available...) at which the kubelet evicts pods at once, as a quantity or a percentage. evictionSoft thresholds evict only after holding for their grace period.',
    mistake:
      'A soft threshold without a grace period in evictionSoftGracePeriod, or the other way round: the API server rejects the class.',
    docs: KUBERNETES_DOCS.eviction,
  },
  'EC2NodeClass:spec.kubelet.evictionMaxPodGracePeriod': {
    title: 'kubelet.evictionMaxPodGracePeriod',
    help: 'The longest, in seconds, a pod is given to stop when a soft eviction threshold evicts it.',
    docs: NODECLASS_DOCS.kubelet,
  },
  'EC2NodeClass:spec.kubelet.imageGCHighThresholdPercent': {
    title: 'kubelet.imageGCHighThresholdPercent',
    help: 'Disk usage at which the kubelet starts deleting unused images; imageGCLowThresholdPercent is the usage it frees down to.',
    default: 'Not set: the kubelet’s own, 85%.',
    mistake: 'A high threshold that is not above the low one: the API server rejects the class.',
    docs: NODECLASS_DOCS.kubelet,
  },
  'EC2NodeClass:spec.kubelet.imageGCLowThresholdPercent': {
    title: 'kubelet.imageGCLowThresholdPercent',
    help: 'Disk usage the kubelet frees down to once image garbage collection has started; it must stay below imageGCHighThresholdPercent.',
    default: 'Not set: the kubelet’s own, 80%.',
    docs: NODECLASS_DOCS.kubelet,
  },
  'EC2NodeClass:spec.kubelet.cpuCFSQuota': {
    title: 'kubelet.cpuCFSQuota',
    help: 'Whether containers’ CPU limits are enforced. false lets them use more CPU than their limits.',
    default: 'Not set: the kubelet’s default, true.',
    docs: NODECLASS_DOCS.kubelet,
  },
  'EC2NodeClass:spec.kubelet.clusterDNS': {
    title: 'kubelet.clusterDNS',
    help: 'The IP addresses of the DNS servers pods on the nodes use.',
    default: 'Not set: the cluster’s DNS service, which is what most clusters want.',
    mistake: 'A wrong address: every pod on the class’s nodes loses name resolution.',
    docs: NODECLASS_DOCS.kubelet,
  },
  'EC2NodeClass:spec.kubelet.evictionSoft': {
    help: 'Thresholds at which the kubelet evicts pods after their grace period in evictionSoftGracePeriod.',
  },
  'EC2NodeClass:spec.kubelet.evictionSoftGracePeriod': {
    help: 'How long each evictionSoft threshold must hold before pods are evicted, such as 1m.',
  },
  'EC2NodeClass:spec.metadataOptions': {
    title: 'metadataOptions',
    help: 'How the nodes’ instance metadata service (IMDS) answers: whether session tokens (IMDSv2) are required, how far answers may travel, whether it runs at all.',
    default:
      'Left out: httpEndpoint enabled, httpProtocolIPv6 disabled, httpPutResponseHopLimit 1, httpTokens required.',
    mistake:
      'Raising the hop limit to 2 without need: pods without host networking can then reach the node’s IAM credentials.',
    docs: NODECLASS_DOCS.metadataOptions,
  },
  'EC2NodeClass:spec.metadataOptions.httpTokens': {
    title: 'metadataOptions.httpTokens',
    help: 'Whether metadata requests must carry a session token (IMDSv2).',
    values: {
      required: 'IMDSv2 only (the default).',
      optional: 'IMDSv1 requests are accepted as well.',
    },
    default: 'required',
    mistake: 'optional turns IMDSv1 back on, which a request-forgery bug in a pod can abuse.',
    docs: NODECLASS_DOCS.metadataOptions,
  },
  'EC2NodeClass:spec.metadataOptions.httpPutResponseHopLimit': {
    title: 'metadataOptions.httpPutResponseHopLimit',
    help: 'How many network hops a metadata answer may travel, 1 to 64. At 1 it stops at the node, out of reach of pods with their own network.',
    default: '1',
    docs: NODECLASS_DOCS.metadataOptions,
  },
  'EC2NodeClass:spec.metadataOptions.httpEndpoint': {
    title: 'metadataOptions.httpEndpoint',
    help: 'Whether the metadata service runs on the nodes at all.',
    default: 'enabled',
    mistake: 'disabled cuts off everything on the node that relies on metadata, agents included.',
    docs: NODECLASS_DOCS.metadataOptions,
  },
  'EC2NodeClass:spec.metadataOptions.httpProtocolIPv6': {
    title: 'metadataOptions.httpProtocolIPv6',
    help: 'Whether the metadata service also answers on its IPv6 address, fd00:ec2::254, for IPv6 clusters.',
    default: 'disabled',
    docs: NODECLASS_DOCS.metadataOptions,
  },
  'EC2NodeClass:spec.associatePublicIPAddress': {
    title: 'associatePublicIPAddress',
    help: 'Whether nodes get a public IPv4 address, overriding the subnet’s own setting.',
    default: 'Not set: the subnet’s setting decides.',
    mistake:
      'true with several EFA interfaces: EC2 allows a public address only with a single interface, so launches fail.',
    docs: NODECLASS_DOCS.associatePublicIPAddress,
  },
  'EC2NodeClass:spec.ipPrefixCount': {
    title: 'ipPrefixCount',
    help: 'How many IPv4 /28 prefixes EC2 assigns to each node’s primary network interface at launch.',
    docs: NODECLASS_DOCS.page,
  },
  'EC2NodeClass:spec.networkInterfaces': {
    title: 'networkInterfaces',
    help: 'The network interfaces of each instance, by network card and device index, each an ordinary interface or efa-only: mostly to attach EFA devices for distributed training.',
    default: 'Not set: one primary interface.',
    mistake:
      'A list without a primary interface of type interface, or two on the same card and index: the API server rejects the class.',
    docs: NODECLASS_DOCS.page,
  },
  'EC2NodeClass:spec.connectionTracking': {
    title: 'connectionTracking',
    help: 'Idle timeouts, in seconds, of connection tracking on the nodes’ network interfaces: established TCP, UDP streams and other UDP flows.',
    default: 'Not set: EC2’s defaults.',
    docs: NODECLASS_DOCS.page,
  },
  'EC2NodeClass:spec.connectionTracking.tcpEstablishedTimeout': {
    title: 'connectionTracking.tcpEstablishedTimeout',
    help: 'How long an established TCP connection may sit idle before it is forgotten, 60 to 432000 seconds.',
    default: 'Not set: EC2’s default, 432000 seconds (5 days), or 350 on Nitro v6 instance types.',
    docs: NODECLASS_DOCS.page,
  },
  'EC2NodeClass:spec.connectionTracking.udpStreamTimeout': {
    title: 'connectionTracking.udpStreamTimeout',
    help: 'How long a UDP flow that has seen more than one request and response may sit idle, 60 to 180 seconds.',
    default: 'Not set: EC2’s default, 180 seconds.',
    docs: NODECLASS_DOCS.page,
  },
  'EC2NodeClass:spec.connectionTracking.udpTimeout': {
    title: 'connectionTracking.udpTimeout',
    help: 'How long any other UDP flow may sit idle, 30 to 60 seconds.',
    default: 'Not set: EC2’s default, 30 seconds.',
    docs: NODECLASS_DOCS.page,
  },
  'EC2NodeClass:spec.detailedMonitoring': {
    title: 'detailedMonitoring',
    help: 'CloudWatch metrics for the nodes every minute instead of every five minutes, at extra cost.',
    default: 'Not set: basic five-minute monitoring.',
    docs: NODECLASS_DOCS.detailedMonitoring,
  },
  'EC2NodeClass:spec.cpuOptions.nestedVirtualization': {
    title: 'cpuOptions.nestedVirtualization',
    help: 'enabled limits the class to instance types that support nested virtualization, for virtual machines inside pods (Kata Containers, Firecracker).',
    default: 'Not set: no such filter.',
    docs: NODECLASS_DOCS.page,
  },
  'EC2NodeClass:spec.placementGroupSelector': {
    title: 'placementGroupSelector',
    help: 'An existing placement group (cluster, partition or spread) to launch the nodes into, by name or by id.',
    mistake:
      'Forgetting that a cluster placement group lives in a single zone: pools using the class can then launch only there.',
    docs: NODECLASS_DOCS.page,
  },
  'EC2NodeClass:spec.context': {
    title: 'context',
    help: 'A reserved field of the EC2 CreateFleet API, passed through unchanged.',
    mistake: 'Setting it when AWS has not given you a value for it.',
    docs: AWS_DOCS.createFleet,
  },
  'EC2NodeClass:spec.blockDeviceMappings[].rootVolume': {
    title: 'blockDeviceMappings[].rootVolume',
    help: 'Marks the volume that holds the kubelet’s root directory, and so the pods’ ephemeral storage. At most one volume may say so.',
    docs: NODECLASS_DOCS.blockDeviceMappings,
  },
  'EC2NodeClass:spec.blockDeviceMappings[].ebs.volumeType': {
    title: 'blockDeviceMappings[].ebs.volumeType',
    help: 'The EBS volume type: gp3 is the usual choice; io1 and io2 buy provisioned IOPS.',
    docs: NODECLASS_DOCS.blockDeviceMappings,
  },
  'EC2NodeClass:status': STATUS,
} satisfies Readonly<Record<`EC2NodeClass:${string}`, FieldHelp | ExplainedField>>;
