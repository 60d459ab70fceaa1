import { KUBERNETES_DOCS, NODECLASS_DOCS, NODEPOOL_DOCS, NVIDIA_DOCS } from './docLinks';
import type { ExplainedField } from './fieldHelp';

/**
 * The kinds of resource on the canvas: the learn panel's entry for each and the YAML panel's hover
 * on a whole manifest.
 */
export const KIND_HELP = {
  NodePool: {
    title: 'NodePool',
    help: 'A Karpenter NodePool (karpenter.sh/v1): which nodes Karpenter may launch for pending pods, the labels and taints they get, how large the pool may grow and when its nodes may be removed. It holds no AWS settings; those come from the EC2NodeClass it references.',
    mistake:
      'Several pools that all fit the same pods, with no weights: which one Karpenter uses is then not yours to choose. Keep pools apart with taints and requirements, or weight the preferred one.',
    docs: NODEPOOL_DOCS.page,
  },
  EC2NodeClass: {
    title: 'EC2NodeClass',
    help: 'A Karpenter EC2NodeClass (karpenter.k8s.aws/v1): how nodes are launched on AWS, namely the AMI, subnets, security groups, IAM role, disks, user data and kubelet settings. Many NodePools may share one.',
    mistake:
      'Expecting the class to choose instance types or zones: the pool’s requirements do, though the class’s subnets decide which zones can be reached at all.',
    docs: NODECLASS_DOCS.page,
  },
  MigProfile: {
    title: 'MIG profile',
    help: 'Exists only in this designer, not in Kubernetes: how the GPUs of an attached pool’s nodes are partitioned with MIG. On export it becomes the pool’s nvidia.com/mig.config label, requirements that pin the GPU model and an optional taint, plus what applies the partitioning: a mig-parted config and ClusterPolicy patch for the GPU Operator, or userData.',
    mistake:
      'Thinking the profile partitions anything by itself: the GPU Operator’s MIG manager (or the userData script) does that on each node.',
    docs: NVIDIA_DOCS.gpuOperatorMig,
  },
  Workload: {
    title: 'Workload',
    help: 'Pods to place: a Deployment, StatefulSet, Job, CronJob, DaemonSet, ReplicaSet or Pod, with its replicas and pod template. The designer plans where Karpenter would run them, from their requests, node selectors, affinity and tolerations, and draws the result as an edge to the chosen NodePool. Workloads are left out of Download and Copy unless you include them.',
    mistake:
      'Expecting limits to steer placement: Karpenter and the scheduler place pods by their requests only; limits matter at run time.',
    docs: KUBERNETES_DOCS.workloads,
  },
} satisfies Readonly<
  Record<'NodePool' | 'EC2NodeClass' | 'MigProfile' | 'Workload', ExplainedField>
>;
