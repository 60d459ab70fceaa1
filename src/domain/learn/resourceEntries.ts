import { NODECLASS_DOCS, NODEPOOL_DOCS, NVIDIA_DOCS } from './docLinks';
import type { LearnEntry } from './learnEntry';

/** The kinds of resource on the canvas. */
export const KIND_ENTRIES: readonly LearnEntry[] = [
  {
    id: 'kind:NodePool',
    title: 'NodePool',
    what: 'A Karpenter NodePool (karpenter.sh/v1): which nodes Karpenter may launch for pending pods, the labels and taints they get, how large the pool may grow and when its nodes may be removed. It holds no AWS settings; those come from the EC2NodeClass it references.',
    mistake:
      'Several pools that all fit the same pods, with no weights: which one Karpenter uses is then not yours to choose. Keep pools apart with taints and requirements, or weight the preferred one.',
    docs: NODEPOOL_DOCS.page,
  },
  {
    id: 'kind:EC2NodeClass',
    title: 'EC2NodeClass',
    what: 'A Karpenter EC2NodeClass (karpenter.k8s.aws/v1): how nodes are launched on AWS, namely the AMI, subnets, security groups, IAM role, disks, user data and kubelet settings. Many NodePools may share one.',
    mistake:
      'Expecting the class to choose instance types or zones: the pool’s requirements do, though the class’s subnets decide which zones can be reached at all.',
    docs: NODECLASS_DOCS.page,
  },
  {
    id: 'kind:MigProfile',
    title: 'MIG profile',
    what: 'Exists only in this designer, not in Kubernetes: how the GPUs of an attached pool’s nodes are partitioned with MIG. On export it becomes the pool’s nvidia.com/mig.config label, requirements that pin the GPU model and an optional taint, plus what applies the partitioning: a mig-parted config and ClusterPolicy patch for the GPU Operator, or userData.',
    mistake:
      'Thinking the profile partitions anything by itself: the GPU Operator’s MIG manager (or the userData script) does that on each node.',
    docs: NVIDIA_DOCS.gpuOperatorMig,
  },
];

/** The lines between resources on the canvas. */
export const EDGE_ENTRIES: readonly LearnEntry[] = [
  {
    id: 'edge:nodeClassRef',
    title: 'nodeClassRef (NodePool to EC2NodeClass)',
    what: 'The line from a pool to the class that builds its nodes: the pool’s spec.template.spec.nodeClassRef. Every pool has exactly one; a class may serve many pools. Drag from a pool’s handle to a class to set it.',
    mistake:
      'Changing a shared class to suit one pool: every pool that uses it gets the change, and its nodes are replaced as drifted.',
    docs: NODEPOOL_DOCS.nodeClassRef,
  },
  {
    id: 'edge:migProfile',
    title: 'MIG profile attached to a NodePool',
    what: 'Gives a pool a MIG partitioning: on export the pool gets the nvidia.com/mig.config label, requirements that pin the profile’s GPU model and, if chosen, the MIG taint. It lives only in the design; in the cluster there are just those labels, taints and requirements.',
    mistake:
      'Attaching one profile to several pools that need different partitions: one profile is one partitioning, so make one profile per partitioning.',
    docs: NVIDIA_DOCS.gpuOperatorMig,
  },
];
