import { KUBERNETES_DOCS, SCHEDULING_DOCS } from './docLinks';
import type { ExplainedField } from './fieldHelp';

/**
 * A workload's fields that placement turns on. Paths are those of a Deployment's pod template
 * (`spec.template.spec...`); a Job nests the same template, a CronJob and a Pod elsewhere, and the
 * form names them by these paths whatever the kind.
 */
export const WORKLOAD_FIELDS = {
  'Workload:spec.replicas': {
    title: 'replicas',
    help: 'How many pods run at once: a Deployment’s or StatefulSet’s replicas, a Job’s parallelism (capped by its completions). A DaemonSet has none: it runs one pod on every node it tolerates.',
    default: '1',
    docs: KUBERNETES_DOCS.workloads,
  },
  'Workload:spec.template.spec.containers': {
    title: 'containers',
    help: 'The pod’s containers. The scheduler and Karpenter add up their requests (plus the largest init container’s, and any pod overhead) to find a node with room for the whole pod. Extended resources — nvidia.com/gpu, a MIG device such as nvidia.com/mig-1g.10gb, aws.amazon.com/neuron, vpc.amazonaws.com/efa — are counted in whole devices and cannot be overcommitted: their request equals their limit.',
    docs: KUBERNETES_DOCS.resources,
  },
  'Workload:spec.template.spec.containers[].resources.requests': {
    title: 'requests',
    help: 'What each container asks for: cpu, memory, ephemeral-storage, GPUs. Karpenter adds up a pod’s requests, fits them to each instance type’s allocatable and packs pods onto nodes by them; the scheduler does the same. A container that sets a limit but no request requests its limit.',
    mistake:
      'Leaving requests out: the pod then asks for nothing, Karpenter packs it anywhere, and it competes for what the node has left at run time.',
    docs: KUBERNETES_DOCS.resources,
  },
  'Workload:spec.template.spec.containers[].resources.limits': {
    title: 'limits',
    help: 'The most a container may use at run time: over its cpu limit it is throttled, over its memory limit it is OOM-killed. Karpenter never reads limits; limits above requests overcommit the node.',
    mistake:
      'Sizing nodes from limits: Karpenter packs by requests, so a node full of pods whose limits exceed their requests can run out of memory and evict.',
    docs: KUBERNETES_DOCS.resources,
  },
  'Workload:spec.template.spec.nodeSelector': {
    title: 'nodeSelector',
    help: 'Labels a node must have, every one of them. Karpenter reads them as requirements: a pool must allow the value (its requirements or labels), and the instance type it launches must have it.',
    mistake:
      'Selecting a label no pool sets or allows: the pod stays pending, since Karpenter cannot make a node with it.',
    docs: KUBERNETES_DOCS.nodeAffinity,
  },
  'Workload:spec.template.spec.affinity.nodeAffinity': {
    title: 'node affinity',
    help: 'Required terms (the pod fits a node matching any one term) and preferred terms (weights). Karpenter tries the first required term, then the next; it treats preferred terms as required and drops them one at a time, heaviest last, until the pod fits.',
    docs: KUBERNETES_DOCS.nodeAffinity,
  },
  'Workload:spec.template.spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[].weight':
    {
      title: 'preference weight',
      help: 'From 1 to 100. Karpenter first requires every preferred term; when the pod cannot fit, it drops the lightest term and tries again, so the heaviest term is the last to go.',
      docs: KUBERNETES_DOCS.nodeAffinity,
    },
  'Workload:spec.template.spec.tolerations': {
    title: 'tolerations',
    help: 'Which taints the pod accepts. A pool’s taints keep out every pod that does not tolerate them; a toleration lets the pod in but does not draw it there (use a node selector for that).',
    mistake:
      'Tolerating a GPU pool’s taint and expecting the pod to land there: without a selector it may land on any pool that fits.',
    docs: KUBERNETES_DOCS.taints,
  },
  'Workload:spec.template.spec.topologySpreadConstraints': {
    title: 'topology spread',
    help: 'Spreads the pods over zones or nodes, at most maxSkew apart. With DoNotSchedule a pod that would skew further stays pending; Karpenter launches nodes in the zones and numbers that keep the spread.',
    docs: KUBERNETES_DOCS.topologySpread,
  },
  'Workload:spec.template.spec.affinity.podAntiAffinity': {
    title: 'one per node (anti-affinity)',
    help: 'A required anti-affinity to the workload’s own pods on kubernetes.io/hostname puts each pod on a node of its own: Karpenter launches one node per replica.',
    docs: SCHEDULING_DOCS.page,
  },
} satisfies Readonly<Record<`Workload:${string}`, ExplainedField>>;
