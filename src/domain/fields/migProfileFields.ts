import { KARPENTER_NODE_OVERLAYS, KUBERNETES_DOCS, NVIDIA_DOCS } from './docLinks';
import type { ExplainedField, FieldHelp } from './fieldHelp';

/**
 * The MIG profile's fields. A MIG profile is the designer's own resource (design/types.ts), so
 * its paths are the fields of MigProfileResource, plus `capacity` and `clusterSetup` for what the
 * form derives from them. Facts from shared/reference/mig/NOTES.md and NVIDIA's docs.
 */
export const MIGPROFILE_FIELDS = {
  'MigProfile:name': {
    title: 'profile name',
    help: 'Names the profile in the design and in the files it generates. Nodes never see it; they see the config name.',
    mistake: 'Selecting pods on the profile’s name: select on nvidia.com/mig.config instead.',
    docs: NVIDIA_DOCS.gpuOperatorMig,
  },
  'MigProfile:gpu': {
    title: 'GPU model',
    help: 'The GPU the partitioning is for. Profile names and what fits depend on it: 1g.10gb is the smallest slice of an 80 GB A100 or H100, but a double-memory slice on a 40 GB A100.',
    mistake:
      'A GPU that cannot do MIG (T4, A10G, L4 and L40S cannot), or one that no instance type in the pool carries.',
    docs: NVIDIA_DOCS.migProfiles,
  },
  'MigProfile:config': {
    title: 'config name (nvidia.com/mig.config)',
    help: 'The name of the partitioning, such as all-1g.10gb or all-balanced: the value of the nvidia.com/mig.config label the pool’s nodes get, which the GPU Operator’s MIG manager looks up in its mig-parted config.',
    mistake:
      'A name the MIG manager’s config does not hold: the node’s nvidia.com/mig.config.state becomes failed and it offers no MIG devices.',
    docs: NVIDIA_DOCS.gpuOperatorMig,
  },
  'MigProfile:devices': {
    title: 'MIG instances per GPU',
    help: 'The MIG instances cut from each GPU, such as one 3g.40gb, one 2g.20gb and two 1g.10gb on an H100. Whether a mix fits depends on where in the GPU’s memory each instance may start, not only on the sum of slices.',
    mistake:
      'Adding up slices: 3g + 3g + 1g is 7 of 7, yet two 3g.40gb and a 1g.10gb do not fit on an H100, because each 3g takes half of the memory.',
    docs: NVIDIA_DOCS.migProfiles,
  },
  'MigProfile:strategy': {
    title: 'MIG strategy',
    help: 'How the device plugin offers MIG devices, one setting for the whole cluster (the ClusterPolicy’s mig.strategy): single offers every MIG device as nvidia.com/gpu and needs one identical profile on every GPU of a node; mixed offers nvidia.com/mig-<profile> for each profile.',
    default: 'The GPU Operator’s Helm chart installs single.',
    mistake:
      'single with a mix of profiles: the device plugin fails and the node offers no GPUs. Pods must request the name the strategy produces.',
    docs: NVIDIA_DOCS.gpuOperatorMig,
  },
  'MigProfile:applyWith': {
    title: 'applied by',
    help: 'What partitions the GPUs on each node: the GPU Operator’s MIG manager, which follows the nvidia.com/mig.config label and reports in nvidia.com/mig.config.state, or a script in the EC2NodeClass’s userData that runs nvidia-smi at boot.',
    mistake:
      'userData in a class other pools share: their GPUs get partitioned too. MIG instances do not survive a reboot, so such a script must run at every boot.',
    docs: NVIDIA_DOCS.gpuOperatorMig,
  },
  'MigProfile:nodeOverlay': {
    title: 'Karpenter capacity (NodeOverlay)',
    help: 'Karpenter knows an instance type’s whole GPUs (nvidia.com/gpu), not its MIG devices. A NodeOverlay (alpha, behind the NodeOverlay feature gate) tells it how many nvidia.com/mig-<profile> each instance type will offer, so that pods requesting them get nodes.',
    mistake:
      'The mixed strategy without an overlay: pods requesting nvidia.com/mig-* stay pending, since Karpenter finds no instance type that offers them.',
    docs: KARPENTER_NODE_OVERLAYS,
  },
  'MigProfile:taint': {
    title: 'MIG taint',
    help: 'Taints the pool nvidia.com/mig.config=<config name>:NoSchedule, so only pods that tolerate it, the ones meant for this partitioning, land on its nodes.',
    mistake:
      'Tainting without the tolerations of the ClusterPolicy patch: the GPU Operator’s DaemonSets tolerate only nvidia.com/gpu by default, so the MIG manager and device plugin never start on these nodes.',
    docs: KUBERNETES_DOCS.taints,
  },
  'MigProfile:capacity': {
    title: 'MIG devices per node',
    help: 'What pods can request on each instance type with this GPU: the instances per GPU times the GPUs per node, as nvidia.com/mig-<profile> with the mixed strategy or nvidia.com/gpu with single. A p4d.24xlarge cut into all-1g.5gb offers 56.',
    mistake: 'Reading a pool’s nvidia.com/gpu limit as MIG devices: pool limits count whole GPUs.',
    docs: NVIDIA_DOCS.gpuOperatorMig,
  },
  'MigProfile:clusterSetup': {
    title: 'cluster setup',
    help: 'What to apply besides the NodePool and EC2NodeClass: a sample pod that requests the MIG devices, and either the GPU Operator’s ClusterPolicy patch (strategy, mig-parted config) or the userData script.',
    mistake:
      'Expecting a different strategy per pool: the ClusterPolicy’s strategy holds for every MIG node of the cluster.',
    docs: NVIDIA_DOCS.gpuOperatorMig,
  },
} satisfies Readonly<Record<`MigProfile:${string}`, FieldHelp | ExplainedField>>;
