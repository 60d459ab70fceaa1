/**
 * Short help for the fields people write most, shown by the YAML panel on hover and in
 * completion. The CRDs of Karpenter v1.14.1 describe every field at length; these say the same in
 * a line or two, in our own words. Keys are field paths as the schema nests them: `[]` stands for
 * any list item (`spec.template.spec.taints[].effect`), `''` for the manifest itself.
 */

/** A field's help, and for an enum the meaning of some of its values. */
export type FieldDescription = string | { text: string; values: Readonly<Record<string, string>> };

export type FieldDescriptions = Readonly<Record<string, FieldDescription>>;

const METADATA: FieldDescriptions = {
  metadata: 'The name of this resource, and its labels and annotations.',
  'metadata.name':
    "The resource's name: lowercase letters, digits, '-' and '.'. Other resources refer to it by this name.",
  'metadata.labels': 'Labels on this resource itself (not on the nodes it makes).',
  'metadata.annotations': 'Annotations on this resource itself (not on the nodes it makes).',
};

const TAINT_FIELDS = (list: string): FieldDescriptions => ({
  [`${list}[].key`]: 'The taint key, such as nvidia.com/gpu.',
  [`${list}[].value`]: 'An optional value for the key.',
  [`${list}[].effect`]: {
    text: 'What the taint does to pods that do not tolerate it.',
    values: {
      NoSchedule: 'They are not scheduled on the node.',
      PreferNoSchedule: 'The scheduler avoids the node for them when it can.',
      NoExecute: 'They are not scheduled, and running ones are evicted.',
    },
  },
});

export const NODEPOOL_DESCRIPTIONS: FieldDescriptions = {
  '': 'A Karpenter NodePool: which nodes Karpenter may launch for pending pods, and when it may take them away again.',
  apiVersion: 'The API version of a NodePool: karpenter.sh/v1.',
  kind: 'This document is a Karpenter NodePool.',
  ...METADATA,
  spec: 'The nodes this pool launches and how Karpenter disrupts them.',
  'spec.disruption': "When and how quickly Karpenter may remove or replace this pool's nodes.",
  'spec.disruption.consolidationPolicy': {
    text: 'Which nodes consolidation may remove or replace. Defaults to WhenEmptyOrUnderutilized; ignored when replicas is set.',
    values: {
      WhenEmpty: 'Only nodes that run no workload pods.',
      WhenEmptyOrUnderutilized: 'Also repacks pods onto fewer or cheaper nodes.',
      Balanced: 'Repacks only when the saving outweighs the disruption.',
    },
  },
  'spec.disruption.consolidateAfter':
    'How long a node must stay empty or underutilized before it is consolidated, such as 30s or 5m; Never turns consolidation off. Required in a written disruption block.',
  'spec.disruption.budgets':
    'Caps on how many nodes may be disrupted at once. When several apply the strictest wins; without any, one budget of 10%.',
  'spec.disruption.budgets[].nodes':
    "How many of this pool's nodes may be disrupted at the same time: a count such as 5 or a percentage such as 10%.",
  'spec.disruption.budgets[].schedule':
    'A cron schedule in UTC, such as "0 9 * * mon-fri", at which the budget starts to apply; needs a duration. Without one the budget always applies.',
  'spec.disruption.budgets[].duration':
    'How long the budget applies after each scheduled start, in hours and minutes such as 8h or 30m; needs a schedule.',
  'spec.disruption.budgets[].reasons':
    'The disruption reasons the budget limits (Underutilized, Empty, Drifted). Without any it limits all of them.',
  'spec.limits':
    'Caps on the total resources of all nodes of this pool, such as cpu: 1000 or memory: 4000Gi. Karpenter launches no node past a limit.',
  'spec.weight':
    'Priority among NodePools, 1 to 100: Karpenter tries pools with a higher weight first. No weight counts as 0.',
  'spec.replicas':
    'A fixed number of nodes to keep, instead of scaling with pending pods (alpha). Consolidation settings are then ignored, only limits.nodes may be set, and weight may not.',
  'spec.template':
    'The nodes this pool launches: their labels, requirements, taints and node class.',
  'spec.template.metadata': 'Labels and annotations put on every node of this pool.',
  'spec.template.metadata.labels':
    'Labels put on every node of this pool, for pods to select with a nodeSelector or node affinity.',
  'spec.template.metadata.annotations': 'Annotations put on every node of this pool.',
  'spec.template.spec': 'Requirements, taints, node class and lifetime of the nodes.',
  'spec.template.spec.nodeClassRef':
    'The EC2NodeClass that says how the nodes are launched on AWS (AMI, subnets, security groups, role).',
  'spec.template.spec.nodeClassRef.group': 'karpenter.k8s.aws for an EC2NodeClass.',
  'spec.template.spec.nodeClassRef.kind': 'EC2NodeClass.',
  'spec.template.spec.nodeClassRef.name': 'The name of the EC2NodeClass.',
  'spec.template.spec.requirements':
    "Constraints on node labels (instance type, zone, capacity type, architecture...) that every node of this pool meets, on top of the pods' own.",
  'spec.template.spec.requirements[].key':
    'The node label constrained, such as karpenter.sh/capacity-type or node.kubernetes.io/instance-type.',
  'spec.template.spec.requirements[].operator': {
    text: 'How the label relates to the values.',
    values: {
      In: 'The label has one of the values.',
      NotIn: 'The label has none of the values (or is absent).',
      Exists: 'The label is present, whatever its value.',
      DoesNotExist: 'The label is absent.',
      Gt: 'The label, a whole number, is greater than the value.',
      Lt: 'The label, a whole number, is less than the value.',
      Gte: 'The label, a whole number, is at least the value.',
      Lte: 'The label, a whole number, is at most the value.',
    },
  },
  'spec.template.spec.requirements[].values':
    'At least one value for In and NotIn, none for Exists and DoesNotExist, a single whole number for Gt, Lt, Gte and Lte.',
  'spec.template.spec.requirements[].minValues':
    'How many distinct values of the key Karpenter must be able to choose from, to keep the pool flexible (alpha).',
  'spec.template.spec.taints':
    'Taints put on every node: only pods that tolerate them are scheduled there.',
  ...TAINT_FIELDS('spec.template.spec.taints'),
  'spec.template.spec.startupTaints':
    'Taints a node starts with and that something on it (often a DaemonSet) removes once it is ready. Pods need not tolerate them to get a node.',
  ...TAINT_FIELDS('spec.template.spec.startupTaints'),
  'spec.template.spec.expireAfter':
    'How long a node lives before Karpenter replaces it, such as 720h (the default, 30 days); Never keeps nodes.',
  'spec.template.spec.terminationGracePeriod':
    "How long Karpenter waits for a node's pods to drain before deleting it anyway, past PodDisruptionBudgets and do-not-disrupt; such as 48h. Without it Karpenter waits indefinitely.",
  status: 'Written by Karpenter; the API server ignores it on create.',
};

const SELECTOR_TAGS = "Tags to select by; '*' matches any value of a key.";

export const EC2NODECLASS_DESCRIPTIONS: FieldDescriptions = {
  '': 'A Karpenter EC2NodeClass: how nodes are launched on AWS (AMI, subnets, security groups, IAM role, storage, kubelet).',
  apiVersion: 'The API version of an EC2NodeClass: karpenter.k8s.aws/v1.',
  kind: 'This document is a Karpenter EC2NodeClass.',
  ...METADATA,
  spec: 'The AWS settings of the nodes launched with this class.',
  'spec.amiFamily': {
    text: 'The AMI family, which sets the user data format and the default volumes. Optional with an alias AMI term (taken from the alias, or Custom); required otherwise.',
    values: {
      Custom: 'Your own AMI and user data: Karpenter adds nothing to the user data.',
    },
  },
  'spec.amiSelectorTerms':
    'Which AMIs nodes may use, ORed together: an alias such as al2023@latest, or ids, names, SSM parameters or tags.',
  'spec.amiSelectorTerms[].alias':
    'An EKS-optimized AMI as family@version, such as al2023@latest or bottlerocket@v1.20.0 (Windows: latest only). It must be the only term.',
  'spec.amiSelectorTerms[].id': 'An AMI id, such as ami-0123456789abcdef0.',
  'spec.amiSelectorTerms[].name': "The AMI's name (not its Name tag); may combine with owner.",
  'spec.amiSelectorTerms[].owner': 'An AWS account id, self, amazon or aws-marketplace.',
  'spec.amiSelectorTerms[].ssmParameter': 'An SSM parameter (name or ARN) that holds an AMI id.',
  'spec.amiSelectorTerms[].tags': SELECTOR_TAGS,
  'spec.role':
    'The IAM role of the nodes; Karpenter makes an instance profile for it. Set role or instanceProfile, not both.',
  'spec.instanceProfile':
    'An existing IAM instance profile for the nodes, instead of role. Karpenter needs PassRole on its role.',
  'spec.subnetSelectorTerms':
    'Which subnets nodes launch in, ORed together: by id or by tags such as karpenter.sh/discovery.',
  'spec.subnetSelectorTerms[].id': 'A subnet id, such as subnet-0123456789abcdef0.',
  'spec.subnetSelectorTerms[].tags': SELECTOR_TAGS,
  'spec.securityGroupSelectorTerms':
    'Which security groups nodes get, ORed together: by id, name or tags.',
  'spec.securityGroupSelectorTerms[].id': 'A security group id, such as sg-0123456789abcdef0.',
  'spec.securityGroupSelectorTerms[].name': "The group's name (not its Name tag).",
  'spec.securityGroupSelectorTerms[].tags': SELECTOR_TAGS,
  'spec.capacityReservationSelectorTerms':
    'Which EC2 capacity reservations Karpenter may launch into, ORed together.',
  'spec.blockDeviceMappings':
    'The EBS volumes of each node, for example a larger root volume. Replaces the AMI family defaults.',
  'spec.blockDeviceMappings[].deviceName': 'The device name, such as /dev/xvda.',
  'spec.blockDeviceMappings[].rootVolume':
    'Mount this volume as the kubelet root directory; at most one volume may say so.',
  'spec.blockDeviceMappings[].ebs': 'The EBS volume: size or snapshot, type, encryption.',
  'spec.blockDeviceMappings[].ebs.volumeSize':
    'The size, such as 100Gi. Give a size or a snapshot.',
  'spec.blockDeviceMappings[].ebs.volumeType': 'The EBS volume type; gp3 is the usual choice.',
  'spec.blockDeviceMappings[].ebs.encrypted': 'Encrypt the volume.',
  'spec.blockDeviceMappings[].ebs.kmsKeyID': 'The KMS key to encrypt with, instead of the default.',
  'spec.blockDeviceMappings[].ebs.iops': 'Provisioned IOPS (gp3, io1, io2).',
  'spec.blockDeviceMappings[].ebs.throughput': 'Throughput in MiB/s (gp3 only, 125 to 1000).',
  'spec.blockDeviceMappings[].ebs.deleteOnTermination':
    'Delete the volume when the node is terminated.',
  'spec.blockDeviceMappings[].ebs.snapshotID': 'An EBS snapshot to create the volume from.',
  'spec.kubelet':
    'Kubelet settings of the nodes: pod density, reserved resources, eviction, image garbage collection.',
  'spec.kubelet.maxPods': 'The most pods a node may run.',
  'spec.kubelet.podsPerCore': 'The most pods per CPU core; maxPods still caps it.',
  'spec.kubelet.kubeReserved':
    'Resources held back for Kubernetes components, such as cpu: 200m or memory: 1Gi.',
  'spec.kubelet.systemReserved': 'Resources held back for the operating system.',
  'spec.kubelet.evictionHard':
    'Thresholds at which the kubelet evicts pods at once, such as memory.available: 5%.',
  'spec.kubelet.evictionSoft':
    'Thresholds at which the kubelet evicts pods after their grace period in evictionSoftGracePeriod.',
  'spec.kubelet.evictionSoftGracePeriod':
    'How long each evictionSoft threshold must hold before pods are evicted, such as 1m.',
  'spec.kubelet.clusterDNS': 'IP addresses of the cluster DNS servers.',
  'spec.metadataOptions':
    "Instance metadata (IMDS) access. By default IMDSv2 only with a hop limit of 1, which keeps pods away from the node's credentials.",
  'spec.metadataOptions.httpTokens': {
    text: 'Whether metadata requests need a session token (IMDSv2).',
    values: {
      required: 'IMDSv2 only (the default).',
      optional: 'IMDSv1 requests are accepted as well.',
    },
  },
  'spec.metadataOptions.httpPutResponseHopLimit':
    'How many network hops a metadata response may travel, 1 to 64. 1 (the default) keeps it from pods with their own network.',
  'spec.metadataOptions.httpEndpoint': 'Turns the metadata endpoint on (the default) or off.',
  'spec.metadataOptions.httpProtocolIPv6':
    'Turns the IPv6 metadata endpoint on or off (the default).',
  'spec.tags':
    'Tags put on the EC2 resources Karpenter creates: instances, volumes, launch templates.',
  'spec.userData':
    'User data for the nodes, in the format of the AMI family; Karpenter merges its own settings into it.',
  'spec.instanceStorePolicy': {
    text: "What to do with the nodes' instance-store disks.",
    values: { RAID0: 'Join them in one RAID0 array for the kubelet and container images.' },
  },
  'spec.associatePublicIPAddress': 'Give the nodes public IP addresses.',
  'spec.detailedMonitoring': 'Turn on detailed (one-minute) CloudWatch monitoring.',
  status: 'Written by Karpenter; the API server ignores it on create.',
};
