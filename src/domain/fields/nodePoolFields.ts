import { DISRUPTION_DOCS, NODEPOOL_DOCS, SCHEDULING_DOCS } from './docLinks';
import type { ExplainedField, FieldHelp } from './fieldHelp';
import {
  METADATA,
  METADATA_ANNOTATIONS,
  METADATA_LABELS,
  STATUS,
  TAINT_EFFECT,
  TAINT_KEY,
  TAINT_VALUE,
} from './sharedFields';

/**
 * The NodePool's fields, keyed `NodePool:<path>` with the path as the manifest nests it and `[]`
 * for any list item. Defaults quote karpenter.sh_nodepools.yaml (Karpenter v1.14.1); the tests read
 * the CRD and check every one that has a `default:` there.
 */
export const NODEPOOL_FIELDS = {
  'NodePool:apiVersion': {
    help: 'The API version of a NodePool: karpenter.sh/v1.',
  },
  'NodePool:kind': {
    help: 'This document is a Karpenter NodePool.',
  },
  'NodePool:metadata': METADATA,
  'NodePool:spec': {
    help: 'The nodes this pool launches and how Karpenter disrupts them.',
  },
  'NodePool:spec.template': {
    help: 'The nodes this pool launches: their labels, requirements, taints and node class.',
  },
  'NodePool:spec.template.metadata': {
    help: 'Labels and annotations put on every node of this pool.',
  },
  'NodePool:spec.template.spec': {
    help: 'Requirements, taints, node class and lifetime of the nodes.',
  },
  'NodePool:metadata.name': {
    title: 'metadata.name',
    help: 'The pool’s name. Every node Karpenter launches for it carries the label karpenter.sh/nodepool=<name>, so pods and tools can tell which pool a node came from.',
    mistake:
      'Renaming a pool that is already in a cluster: names cannot change, so applying it creates a second pool, and the old one keeps its nodes until you delete it.',
    docs: NODEPOOL_DOCS.name,
  },
  'NodePool:metadata.labels': METADATA_LABELS,
  'NodePool:metadata.annotations': METADATA_ANNOTATIONS,
  'NodePool:spec.template.spec.nodeClassRef': {
    title: 'nodeClassRef',
    help: 'Which EC2NodeClass builds the pool’s nodes: group karpenter.k8s.aws, kind EC2NodeClass and the class’s name. Every pool names exactly one.',
    default: 'Required: a pool without one is rejected.',
    mistake:
      'Naming a class that does not exist: the pool is never ready and launches nothing. Group and kind cannot be changed once the pool exists.',
    docs: NODEPOOL_DOCS.nodeClassRef,
  },
  'NodePool:spec.template.spec.nodeClassRef.group': {
    help: 'karpenter.k8s.aws for an EC2NodeClass.',
  },
  'NodePool:spec.template.spec.nodeClassRef.kind': {
    help: 'EC2NodeClass.',
  },
  'NodePool:spec.template.spec.nodeClassRef.name': {
    help: 'The name of the EC2NodeClass.',
  },
  'NodePool:spec.weight': {
    title: 'weight',
    help: 'The pool’s priority when several pools could serve a pod: 1 to 100, and Karpenter tries the highest first.',
    default: 'Not set: the pool counts as weight 0, after every weighted pool.',
    mistake:
      'Reading weight as a share of traffic: it is an order of preference. Static pools (with replicas) may not have one.',
    docs: SCHEDULING_DOCS.weighted,
  },
  'NodePool:spec.replicas': {
    title: 'replicas',
    help: 'Makes the pool static: Karpenter keeps exactly this many nodes whatever the pods ask for. Alpha, behind the StaticCapacity feature gate.',
    default: 'Not set: the pool grows and shrinks with pending pods.',
    mistake:
      'Adding or removing replicas on a pool that already exists: the API server refuses to switch between static and dynamic, so create a new pool. A static pool takes only a nodes limit and no weight.',
    docs: NODEPOOL_DOCS.replicas,
  },
  'NodePool:spec.template.spec.requirements': {
    title: 'requirements',
    help: 'Rules on node labels (instance type, family, size, zone, architecture, capacity type...) that every node of the pool meets. They are ANDed; a pod’s own nodeSelector and affinity narrow them further, and a pod that asks for something outside them gets no node from this pool.',
    default: 'Required, but may be empty: then any instance type the EC2NodeClass can launch.',
    mistake:
      'Allowing a single instance type: when it runs short (spot especially) Karpenter has nothing to fall back on. Allow families or categories with several sizes.',
    docs: NODEPOOL_DOCS.requirements,
  },
  'NodePool:spec.template.spec.requirements[].operator': {
    title: 'requirements[].operator',
    help: 'How a requirement relates its label to its values: In, NotIn, Exists, DoesNotExist, or Gt, Lt, Gte and Lte for labels that are whole numbers, such as karpenter.k8s.aws/instance-cpu.',
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
    mistake:
      'Forgetting that Gt and Lt are strict: instance-generation Gt 5 leaves generation 5 out. In needs at least one value; Exists and DoesNotExist take none.',
    docs: SCHEDULING_DOCS.wellKnownLabels,
  },
  'NodePool:spec.template.spec.requirements[].minValues': {
    title: 'requirements[].minValues',
    help: 'Asks Karpenter to keep at least this many different values of the label on offer when it launches, for example at least five instance families, so spot launches stay flexible. Alpha.',
    mistake:
      'A minValues larger than the number of values listed with In: the API server rejects the pool.',
    docs: NODEPOOL_DOCS.minValues,
  },
  'NodePool:spec.template.spec.requirements[].key': {
    help: 'The node label constrained, such as karpenter.sh/capacity-type or node.kubernetes.io/instance-type.',
  },
  'NodePool:spec.template.spec.requirements[].values': {
    help: 'At least one value for In and NotIn, none for Exists and DoesNotExist, a single whole number for Gt, Lt, Gte and Lte.',
  },
  'NodePool:spec.template.metadata.labels': {
    title: 'template labels',
    help: 'Labels put on every node of the pool. Pods select them with a nodeSelector or node affinity, and because Karpenter knows them before the node exists, it can launch nodes for such pods.',
    mistake:
      'Selecting pods on labels that appear only after the node boots, such as GPU Feature Discovery’s nvidia.com/gpu.product: Karpenter cannot promise them, so it launches nothing for those pods.',
    docs: NODEPOOL_DOCS.labels,
  },
  'NodePool:spec.template.metadata.annotations': {
    title: 'template annotations',
    help: 'Annotations put on every node of the pool, for tools that read node annotations.',
    mistake: 'Expecting annotations to steer scheduling: pods can only select labels.',
    docs: NODEPOOL_DOCS.annotations,
  },
  'NodePool:spec.template.spec.taints': {
    title: 'taints',
    help: 'Taints on every node of the pool: only pods that tolerate them are scheduled there, and Karpenter uses the pool only for pods that tolerate them.',
    mistake:
      'Forgetting the tolerations, including those of DaemonSets the nodes need. GPU pools are usually tainted nvidia.com/gpu:NoSchedule so ordinary pods stay off costly nodes.',
    docs: NODEPOOL_DOCS.taints,
  },
  'NodePool:spec.template.spec.taints[].key': TAINT_KEY,
  'NodePool:spec.template.spec.taints[].value': TAINT_VALUE,
  'NodePool:spec.template.spec.taints[].effect': TAINT_EFFECT,
  'NodePool:spec.template.spec.startupTaints': {
    title: 'startupTaints',
    help: 'Taints a node starts with and that something on it removes once the node is set up, such as a CNI agent or a GPU driver. Pods need not tolerate them for Karpenter to launch a node for them.',
    mistake:
      'Leaving out a startup taint that an agent does add (Cilium’s node.cilium.io/agent-not-ready, say): Karpenter then thinks its new node cannot take the pod and keeps launching more.',
    docs: NODEPOOL_DOCS.startupTaints,
  },
  'NodePool:spec.template.spec.startupTaints[].key': TAINT_KEY,
  'NodePool:spec.template.spec.startupTaints[].value': TAINT_VALUE,
  'NodePool:spec.template.spec.startupTaints[].effect': TAINT_EFFECT,
  'NodePool:spec.limits': {
    title: 'limits',
    help: 'Caps on the total resources of all the pool’s nodes, such as cpu: 1000, memory: 4000Gi or nvidia.com/gpu: 16. Once the nodes add up to a limit Karpenter launches no more for the pool. Not the same as a pod’s resource limits.',
    default: 'Not set: no cap but your AWS quotas.',
    mistake:
      'Treating a limit as exact: Karpenter launches in parallel, so a fast scale-out can overshoot a little. nvidia.com/gpu counts whole GPUs, not MIG devices.',
    docs: NODEPOOL_DOCS.limits,
  },
  'NodePool:spec.disruption': {
    title: 'disruption',
    help: 'When Karpenter may take the pool’s nodes away: consolidation removes or replaces underused nodes (consolidationPolicy, consolidateAfter), and budgets cap how many nodes go at once. Drifted nodes are replaced within the budgets too; expired ones are not held back by them.',
    default:
      'Left out entirely, the API server fills in consolidateAfter 0s, consolidationPolicy WhenEmptyOrUnderutilized and one budget of nodes 10%.',
    mistake:
      'Writing a disruption block without consolidateAfter: it is only filled in when the whole block is missing, so the API server rejects the pool.',
    docs: DISRUPTION_DOCS.page,
  },
  'NodePool:spec.disruption.consolidationPolicy': {
    title: 'consolidationPolicy',
    help: 'Which nodes consolidation may remove or replace: WhenEmpty only nodes without workload pods; WhenEmptyOrUnderutilized also nodes whose pods fit on fewer or cheaper nodes; Balanced only when the saving outweighs the disruption.',
    values: {
      WhenEmpty: 'Only nodes that run no workload pods.',
      WhenEmptyOrUnderutilized: 'Also repacks pods onto fewer or cheaper nodes.',
      Balanced: 'Repacks only when the saving outweighs the disruption.',
    },
    default: 'WhenEmptyOrUnderutilized',
    mistake:
      'Keeping the default for GPU or long-running batch pools: Karpenter may evict their pods to repack them. WhenEmpty with a longer consolidateAfter is gentler.',
    docs: DISRUPTION_DOCS.consolidation,
  },
  'NodePool:spec.disruption.consolidateAfter': {
    title: 'consolidateAfter',
    help: 'How long after a pod last arrived on or left a node consolidation waits before it considers the node, such as 30s, 5m or 1h. Never turns consolidation off.',
    default:
      '0s, but only when the whole disruption block is left out; a disruption block you write must set it.',
    mistake:
      'Keeping 0s on a busy pool: nodes are repacked the moment load dips and pods churn. A few minutes is a calmer start.',
    docs: DISRUPTION_DOCS.consolidation,
  },
  'NodePool:spec.disruption.budgets': {
    title: 'budgets',
    help: 'Caps on how many of the pool’s nodes Karpenter may be disrupting at the same time, as a count or a percentage. A budget with a schedule and a duration holds only in that window (nodes 0 during business hours, say); when several hold, the strictest wins.',
    default: 'One budget of nodes 10%.',
    mistake:
      'Expecting budgets to hold back every removal: expiry, spot interruptions and deleting a node are not paced by them. Protect workloads with PodDisruptionBudgets as well.',
    docs: DISRUPTION_DOCS.budgets,
  },
  'NodePool:spec.disruption.budgets[].nodes': {
    title: 'budgets[].nodes',
    help: 'How many nodes the budget lets Karpenter disrupt at once: a whole number such as 5, or a percentage of the pool’s nodes such as 10%, rounded up.',
    default: '10%',
    mistake:
      'nodes 0 with no schedule: the pool is never voluntarily disrupted, so drifted nodes (after a new AMI, say) are never replaced.',
    docs: DISRUPTION_DOCS.budgets,
  },
  'NodePool:spec.disruption.budgets[].schedule': {
    title: 'budgets[].schedule',
    help: 'A cron expression, in UTC, for when the budget starts to hold, such as "0 9 * * mon-fri"; it holds for the duration after each start.',
    default: 'Not set: the budget holds all the time.',
    mistake:
      'Setting a schedule without a duration, or the other way round: the API server rejects the pool.',
    docs: DISRUPTION_DOCS.budgets,
  },
  'NodePool:spec.disruption.budgets[].duration': {
    title: 'budgets[].duration',
    help: 'How long the budget holds after each scheduled start, in hours and minutes such as 8h or 1h30m.',
    mistake:
      'Writing seconds (90s): only hours and minutes are accepted, since cron has no seconds.',
    docs: DISRUPTION_DOCS.budgets,
  },
  'NodePool:spec.disruption.budgets[].reasons': {
    title: 'budgets[].reasons',
    help: 'Which kinds of disruption the budget limits: Underutilized, Empty or Drifted.',
    default: 'None listed: the budget limits all of them.',
    mistake:
      'Expecting a budget to slow expiry: expiry is not one of the reasons, and budgets do not pace it.',
    docs: DISRUPTION_DOCS.budgets,
  },
  'NodePool:spec.template.spec.expireAfter': {
    title: 'expireAfter',
    help: 'The longest a node may live: once it is this old Karpenter drains and deletes it and its pods move to new nodes, which keeps nodes on recent AMIs and clears long-uptime trouble. Never keeps nodes indefinitely.',
    default: '720h (30 days)',
    mistake:
      'Expecting budgets to pace expiry: draining starts at once. If pods carry karpenter.sh/do-not-disrupt, also set terminationGracePeriod, or draining can hang for good.',
    docs: DISRUPTION_DOCS.expiration,
  },
  'NodePool:spec.template.spec.terminationGracePeriod': {
    title: 'terminationGracePeriod',
    help: 'How long a draining node waits for its pods before Karpenter deletes them anyway, past PodDisruptionBudgets and karpenter.sh/do-not-disrupt, such as 24h.',
    default: 'Not set: Karpenter waits for the drain indefinitely.',
    mistake:
      'Setting it shorter than a pod’s terminationGracePeriodSeconds: that pod then gets less time to shut down than it asked for.',
    docs: NODEPOOL_DOCS.terminationGracePeriod,
  },
  'NodePool:status': STATUS,
} satisfies Readonly<Record<`NodePool:${string}`, FieldHelp | ExplainedField>>;
