import { AWS_DOCS, KUBERNETES_DOCS, NODECLASS_DOCS } from './docLinks';
import type { LearnEntry } from './learnEntry';

/**
 * The EC2NodeClass's fields. Defaults quote karpenter.k8s.aws_ec2nodeclasses.yaml (Karpenter
 * v1.14.1) where it has one; the others say what Karpenter or EC2 does when the field is left out.
 */
export const EC2NODECLASS_ENTRIES: readonly LearnEntry[] = [
  {
    id: 'EC2NodeClass:metadata.name',
    title: 'metadata.name',
    what: 'The class’s name: pools refer to it in nodeClassRef.name.',
    mistake:
      'Renaming a class in a cluster: pools that still name the old one stop launching. (In the designer, renaming updates the pools for you.)',
    docs: NODECLASS_DOCS.page,
  },
  {
    id: 'EC2NodeClass:spec.amiSelectorTerms',
    title: 'amiSelectorTerms',
    what: 'Which AMIs the nodes boot: an alias for an EKS-optimized AMI such as al2023@v20250505, or AMIs picked by id, name, SSM parameter or tags. Terms are ORed; the fields within one term are ANDed.',
    default: 'Required: there is no implicit AMI.',
    mistake:
      'Using @latest in production: every AMI release then drifts and replaces all of the class’s nodes. Pin a version and move it forward on purpose.',
    docs: NODECLASS_DOCS.amis,
  },
  {
    id: 'EC2NodeClass:spec.amiSelectorTerms[].alias',
    title: 'amiSelectorTerms[].alias',
    what: 'An EKS-optimized AMI as family@version: al2023, al2, bottlerocket or windows2019/2022/2025, then a release such as v20250505 (or v1.20.4 for Bottlerocket), or latest.',
    mistake:
      'Combining an alias with other terms: an alias must be the only term. Windows accepts latest only.',
    docs: NODECLASS_DOCS.amis,
  },
  {
    id: 'EC2NodeClass:spec.amiFamily',
    title: 'amiFamily',
    what: 'Decides the format of the user data Karpenter generates (and how it merges yours) and the default disks. It does not choose the AMI; amiSelectorTerms does.',
    default: 'Taken from the alias when there is one; required otherwise.',
    mistake:
      'Choosing Custom without complete bootstrap user data of your own: Karpenter then adds nothing and the node never joins the cluster.',
    docs: NODECLASS_DOCS.amiFamily,
  },
  {
    id: 'EC2NodeClass:spec.subnetSelectorTerms',
    title: 'subnetSelectorTerms',
    what: 'Which subnets nodes launch in, by id or by tags (commonly karpenter.sh/discovery: <cluster>). In each zone Karpenter uses the matching subnet with the most free IP addresses.',
    default: 'Required, with at least one term.',
    mistake:
      'Tagging the subnets of only one zone: pools using the class can then launch only there, whatever their zone requirements say.',
    docs: NODECLASS_DOCS.subnets,
  },
  {
    id: 'EC2NodeClass:spec.securityGroupSelectorTerms',
    title: 'securityGroupSelectorTerms',
    what: 'Which security groups the nodes get, by id, name or tags. Every matching group is attached.',
    default: 'Required, with at least one term.',
    mistake:
      'Selecting on the kubernetes.io/cluster/<name> tag: several groups carry it, and the AWS Load Balancer Controller expects only one. Prefer karpenter.sh/discovery.',
    docs: NODECLASS_DOCS.securityGroups,
  },
  {
    id: 'EC2NodeClass:spec.role',
    title: 'role',
    what: 'The IAM role the nodes run as; Karpenter creates and manages an instance profile for it. A class sets either role or instanceProfile, never both.',
    mistake:
      'A role the cluster does not know: nodes launch but never join. Give the role an EKS access entry (or aws-auth mapping) for nodes.',
    docs: NODECLASS_DOCS.role,
  },
  {
    id: 'EC2NodeClass:spec.instanceProfile',
    title: 'instanceProfile',
    what: 'An existing IAM instance profile for the nodes, used as it is, instead of a role. Private clusters without internet access need it, since Karpenter cannot reach IAM to manage a profile there.',
    mistake:
      'Forgetting that Karpenter’s own role needs iam:PassRole on the profile’s role: every launch then fails.',
    docs: NODECLASS_DOCS.instanceProfile,
  },
  {
    id: 'EC2NodeClass:spec.capacityReservationSelectorTerms',
    title: 'capacityReservationSelectorTerms',
    what: 'On-demand capacity reservations (and capacity blocks) that pools using this class may launch into, by id or by tags and owner. Karpenter fills them before it buys on-demand or spot capacity.',
    default: 'None: no reserved capacity.',
    mistake:
      'Selecting reservations while the pool’s karpenter.sh/capacity-type requirement leaves out reserved: they are then never used.',
    docs: NODECLASS_DOCS.capacityReservations,
  },
  {
    id: 'EC2NodeClass:spec.blockDeviceMappings',
    title: 'blockDeviceMappings',
    what: 'The EBS volumes each node gets: device name, size, type, encryption, IOPS and throughput. One may be marked as the kubelet’s root volume.',
    default:
      'The AMI family’s volumes: on AL2023 one encrypted 20Gi gp3 root volume; on Bottlerocket a 4Gi OS volume and a 20Gi data volume.',
    mistake:
      'Sizing only /dev/xvda on Bottlerocket: it holds just the OS, while images and pods live on /dev/xvdb. Listing any mappings replaces all of the family’s defaults.',
    docs: NODECLASS_DOCS.blockDeviceMappings,
  },
  {
    id: 'EC2NodeClass:spec.instanceStorePolicy',
    title: 'instanceStorePolicy',
    what: 'What to do with the instance’s local NVMe disks. RAID0 joins them into one array and puts the kubelet, containerd and pods’ ephemeral storage on it.',
    default: 'Not set: Karpenter and Kubernetes ignore those disks.',
    mistake:
      'Building the RAID yourself but leaving the policy unset: Karpenter does not count the disks as ephemeral storage, and pods that need it may never be scheduled.',
    docs: NODECLASS_DOCS.instanceStorePolicy,
  },
  {
    id: 'EC2NodeClass:spec.userData',
    title: 'userData',
    what: 'Your own start-up script or settings, in the AMI family’s format: shell or MIME on AL2, NodeConfig, shell or MIME on AL2023, TOML on Bottlerocket, PowerShell on Windows. Karpenter merges it with its own bootstrap.',
    mistake:
      'Setting the cluster, labels, taints or kubelet options here: Karpenter’s own values win on AL2023 and Bottlerocket, so use the class’s kubelet and the pool’s labels and taints. Any change replaces every node of the class.',
    docs: NODECLASS_DOCS.userData,
  },
  {
    id: 'EC2NodeClass:spec.tags',
    title: 'tags',
    what: 'AWS tags put on what Karpenter creates for the class: instances, volumes and launch templates. Karpenter adds its own (karpenter.sh/nodepool, eks:eks-cluster-name...) besides.',
    mistake:
      'Writing the tags Karpenter owns (karpenter.sh/nodepool, karpenter.sh/nodeclaim, karpenter.k8s.aws/ec2nodeclass, kubernetes.io/cluster/..., eks:eks-cluster-name): the API server rejects them.',
    docs: NODECLASS_DOCS.tags,
  },
  {
    id: 'EC2NodeClass:spec.kubelet',
    title: 'kubelet',
    what: 'Kubelet settings for every node of the class: pod density, reserved resources, eviction thresholds, image garbage collection, cluster DNS. Karpenter also uses them to work out what fits on a node.',
    default: 'Not set: the AMI family’s and Karpenter’s defaults.',
    mistake:
      'Setting the same kubelet options in userData: on AL2023 Karpenter’s values win, and with the Custom family you must set them in both places.',
    docs: NODECLASS_DOCS.kubelet,
  },
  {
    id: 'EC2NodeClass:spec.kubelet.maxPods',
    title: 'kubelet.maxPods',
    what: 'The most pods a node may run. Karpenter packs pods with it and passes it to the kubelet.',
    default: 'Not set: worked out from the instance type’s network interface and IP limits.',
    mistake:
      'Keeping that default with VPC CNI prefix delegation: nodes could hold many more pods (110 is common), so set it.',
    docs: NODECLASS_DOCS.kubelet,
  },
  {
    id: 'EC2NodeClass:spec.kubelet.podsPerCore',
    title: 'kubelet.podsPerCore',
    what: 'Pods per vCPU: Karpenter multiplies it by the instance’s vCPUs. maxPods, when set, still caps it.',
    mistake:
      'A low value on small instances: a 2-vCPU node at 2 pods per core has room for just 4 pods, DaemonSets included.',
    docs: NODECLASS_DOCS.kubelet,
  },
  {
    id: 'EC2NodeClass:spec.kubelet.kubeReserved',
    title: 'kubelet.kubeReserved',
    what: 'CPU, memory, ephemeral storage and PIDs held back for Kubernetes’ own components (the kubelet, the container runtime), so pods cannot starve them; systemReserved does the same for the operating system.',
    default: 'Not set: Karpenter works out CPU, memory and storage with the EKS AMI’s formula.',
    mistake:
      'A Custom AMI that reserves differently from that formula: Karpenter’s idea of a node’s free room then differs from the node’s own.',
    docs: NODECLASS_DOCS.kubelet,
  },
  {
    id: 'EC2NodeClass:spec.kubelet.systemReserved',
    title: 'kubelet.systemReserved',
    what: 'CPU, memory, ephemeral storage and PIDs held back for the operating system’s daemons.',
    docs: NODECLASS_DOCS.kubelet,
  },
  {
    id: 'EC2NodeClass:spec.kubelet.evictionHard',
    title: 'kubelet.evictionHard',
    what: 'Thresholds by signal (memory.available, nodefs.available...) at which the kubelet evicts pods at once, as a quantity or a percentage. evictionSoft thresholds evict only after holding for their grace period.',
    mistake:
      'A soft threshold without a grace period in evictionSoftGracePeriod, or the other way round: the API server rejects the class.',
    docs: KUBERNETES_DOCS.eviction,
  },
  {
    id: 'EC2NodeClass:spec.kubelet.evictionMaxPodGracePeriod',
    title: 'kubelet.evictionMaxPodGracePeriod',
    what: 'The longest, in seconds, a pod is given to stop when a soft eviction threshold evicts it.',
    docs: NODECLASS_DOCS.kubelet,
  },
  {
    id: 'EC2NodeClass:spec.kubelet.imageGCHighThresholdPercent',
    title: 'kubelet.imageGCHighThresholdPercent',
    what: 'Disk usage at which the kubelet starts deleting unused images; imageGCLowThresholdPercent is the usage it frees down to.',
    default: 'Not set: the kubelet’s own, 85%.',
    mistake: 'A high threshold that is not above the low one: the API server rejects the class.',
    docs: NODECLASS_DOCS.kubelet,
  },
  {
    id: 'EC2NodeClass:spec.kubelet.imageGCLowThresholdPercent',
    title: 'kubelet.imageGCLowThresholdPercent',
    what: 'Disk usage the kubelet frees down to once image garbage collection has started; it must stay below imageGCHighThresholdPercent.',
    default: 'Not set: the kubelet’s own, 80%.',
    docs: NODECLASS_DOCS.kubelet,
  },
  {
    id: 'EC2NodeClass:spec.kubelet.cpuCFSQuota',
    title: 'kubelet.cpuCFSQuota',
    what: 'Whether containers’ CPU limits are enforced. false lets them use more CPU than their limits.',
    default: 'Not set: the kubelet’s default, true.',
    docs: NODECLASS_DOCS.kubelet,
  },
  {
    id: 'EC2NodeClass:spec.kubelet.clusterDNS',
    title: 'kubelet.clusterDNS',
    what: 'The IP addresses of the DNS servers pods on the nodes use.',
    default: 'Not set: the cluster’s DNS service, which is what most clusters want.',
    mistake: 'A wrong address: every pod on the class’s nodes loses name resolution.',
    docs: NODECLASS_DOCS.kubelet,
  },
  {
    id: 'EC2NodeClass:spec.metadataOptions',
    title: 'metadataOptions',
    what: 'How the nodes’ instance metadata service (IMDS) answers: whether session tokens (IMDSv2) are required, how far answers may travel, whether it runs at all.',
    default:
      'Left out: httpEndpoint enabled, httpProtocolIPv6 disabled, httpPutResponseHopLimit 1, httpTokens required.',
    mistake:
      'Raising the hop limit to 2 without need: pods without host networking can then reach the node’s IAM credentials.',
    docs: NODECLASS_DOCS.metadataOptions,
  },
  {
    id: 'EC2NodeClass:spec.metadataOptions.httpTokens',
    title: 'metadataOptions.httpTokens',
    what: 'Whether metadata requests must carry a session token (IMDSv2).',
    default: 'required',
    mistake: 'optional turns IMDSv1 back on, which a request-forgery bug in a pod can abuse.',
    docs: NODECLASS_DOCS.metadataOptions,
  },
  {
    id: 'EC2NodeClass:spec.metadataOptions.httpPutResponseHopLimit',
    title: 'metadataOptions.httpPutResponseHopLimit',
    what: 'How many network hops a metadata answer may travel, 1 to 64. At 1 it stops at the node, out of reach of pods with their own network.',
    default: '1',
    docs: NODECLASS_DOCS.metadataOptions,
  },
  {
    id: 'EC2NodeClass:spec.metadataOptions.httpEndpoint',
    title: 'metadataOptions.httpEndpoint',
    what: 'Whether the metadata service runs on the nodes at all.',
    default: 'enabled',
    mistake: 'disabled cuts off everything on the node that relies on metadata, agents included.',
    docs: NODECLASS_DOCS.metadataOptions,
  },
  {
    id: 'EC2NodeClass:spec.metadataOptions.httpProtocolIPv6',
    title: 'metadataOptions.httpProtocolIPv6',
    what: 'Whether the metadata service also answers on its IPv6 address, fd00:ec2::254, for IPv6 clusters.',
    default: 'disabled',
    docs: NODECLASS_DOCS.metadataOptions,
  },
  {
    id: 'EC2NodeClass:spec.associatePublicIPAddress',
    title: 'associatePublicIPAddress',
    what: 'Whether nodes get a public IPv4 address, overriding the subnet’s own setting.',
    default: 'Not set: the subnet’s setting decides.',
    mistake:
      'true with several EFA interfaces: EC2 allows a public address only with a single interface, so launches fail.',
    docs: NODECLASS_DOCS.associatePublicIPAddress,
  },
  {
    id: 'EC2NodeClass:spec.ipPrefixCount',
    title: 'ipPrefixCount',
    what: 'How many IPv4 /28 prefixes EC2 assigns to each node’s primary network interface at launch.',
    docs: NODECLASS_DOCS.page,
  },
  {
    id: 'EC2NodeClass:spec.networkInterfaces',
    title: 'networkInterfaces',
    what: 'The network interfaces of each instance, by network card and device index, each an ordinary interface or efa-only: mostly to attach EFA devices for distributed training.',
    default: 'Not set: one primary interface.',
    mistake:
      'A list without a primary interface of type interface, or two on the same card and index: the API server rejects the class.',
    docs: NODECLASS_DOCS.page,
  },
  {
    id: 'EC2NodeClass:spec.connectionTracking',
    title: 'connectionTracking',
    what: 'Idle timeouts, in seconds, of connection tracking on the nodes’ network interfaces: established TCP, UDP streams and other UDP flows.',
    default: 'Not set: EC2’s defaults.',
    docs: NODECLASS_DOCS.page,
  },
  {
    id: 'EC2NodeClass:spec.connectionTracking.tcpEstablishedTimeout',
    title: 'connectionTracking.tcpEstablishedTimeout',
    what: 'How long an established TCP connection may sit idle before it is forgotten, 60 to 432000 seconds.',
    default: 'Not set: EC2’s default, 432000 seconds (5 days), or 350 on Nitro v6 instance types.',
    docs: NODECLASS_DOCS.page,
  },
  {
    id: 'EC2NodeClass:spec.connectionTracking.udpStreamTimeout',
    title: 'connectionTracking.udpStreamTimeout',
    what: 'How long a UDP flow that has seen more than one request and response may sit idle, 60 to 180 seconds.',
    default: 'Not set: EC2’s default, 180 seconds.',
    docs: NODECLASS_DOCS.page,
  },
  {
    id: 'EC2NodeClass:spec.connectionTracking.udpTimeout',
    title: 'connectionTracking.udpTimeout',
    what: 'How long any other UDP flow may sit idle, 30 to 60 seconds.',
    default: 'Not set: EC2’s default, 30 seconds.',
    docs: NODECLASS_DOCS.page,
  },
  {
    id: 'EC2NodeClass:spec.detailedMonitoring',
    title: 'detailedMonitoring',
    what: 'CloudWatch metrics for the nodes every minute instead of every five minutes, at extra cost.',
    default: 'Not set: basic five-minute monitoring.',
    docs: NODECLASS_DOCS.detailedMonitoring,
  },
  {
    id: 'EC2NodeClass:spec.cpuOptions.nestedVirtualization',
    title: 'cpuOptions.nestedVirtualization',
    what: 'enabled limits the class to instance types that support nested virtualization, for virtual machines inside pods (Kata Containers, Firecracker).',
    default: 'Not set: no such filter.',
    docs: NODECLASS_DOCS.page,
  },
  {
    id: 'EC2NodeClass:spec.placementGroupSelector',
    title: 'placementGroupSelector',
    what: 'An existing placement group (cluster, partition or spread) to launch the nodes into, by name or by id.',
    mistake:
      'Forgetting that a cluster placement group lives in a single zone: pools using the class can then launch only there.',
    docs: NODECLASS_DOCS.page,
  },
  {
    id: 'EC2NodeClass:spec.context',
    title: 'context',
    what: 'A reserved field of the EC2 CreateFleet API, passed through unchanged.',
    mistake: 'Setting it when AWS has not given you a value for it.',
    docs: AWS_DOCS.createFleet,
  },
  {
    id: 'EC2NodeClass:spec.blockDeviceMappings[].rootVolume',
    title: 'blockDeviceMappings[].rootVolume',
    what: 'Marks the volume that holds the kubelet’s root directory, and so the pods’ ephemeral storage. At most one volume may say so.',
    docs: NODECLASS_DOCS.blockDeviceMappings,
  },
  {
    id: 'EC2NodeClass:spec.blockDeviceMappings[].ebs.volumeType',
    title: 'blockDeviceMappings[].ebs.volumeType',
    what: 'The EBS volume type: gp3 is the usual choice; io1 and io2 buy provisioned IOPS.',
    docs: NODECLASS_DOCS.blockDeviceMappings,
  },
];
