import {
  DISRUPTION_DOCS,
  KUBERNETES_DOCS,
  NODECLASS_DOCS,
  NODEPOOL_DOCS,
  NVIDIA_DOCS,
  SCHEDULING_DOCS,
} from '../fields/docLinks';
import type { LearnEntry } from './learnEntry';

/** The few ideas everything else hangs on, in the order a workshop teaches them. */
export const MENTAL_MODEL = [
  {
    id: 'model:nodepool',
    title: 'A NodePool is what nodes you want',
    what: 'Which instance types, zones and capacity types are allowed (requirements), the labels and taints every node gets, how large the pool may grow (limits) and when nodes may be taken away (disruption). Karpenter reads it to decide what to launch for pods that cannot be scheduled.',
    mistake:
      'Looking in the NodePool for the AMI, subnets or IAM role: those are the EC2NodeClass’s.',
    docs: NODEPOOL_DOCS.page,
  },
  {
    id: 'model:ec2nodeclass',
    title: 'An EC2NodeClass is how they are built',
    what: 'The AWS side of a node: AMI, subnets, security groups, IAM role, disks, user data and kubelet settings. It says nothing about which pods a node is for.',
    mistake:
      'Trying to choose instance types in the class: they are chosen by the pool’s requirements.',
    docs: NODECLASS_DOCS.page,
  },
  {
    id: 'model:nodeclassref',
    title: 'One class per pool, many pools per class',
    what: 'A NodePool references exactly one EC2NodeClass through spec.template.spec.nodeClassRef; one EC2NodeClass can serve many NodePools. Editing a shared class changes (and replaces) the nodes of every pool that uses it.',
    mistake: 'Tuning a shared class for one pool: give that pool a class of its own instead.',
    docs: NODEPOOL_DOCS.nodeClassRef,
  },
  {
    id: 'model:drift',
    title: 'Changes roll out by replacing nodes',
    what: 'Karpenter does not edit running nodes. When a pool or class changes (labels, taints, AMI, user data, subnets; requirements once a node no longer meets them), the nodes built from the old settings are marked drifted and replaced with new ones, as fast as the pool’s disruption budgets allow.',
    mistake:
      'Editing a live node by hand (relabelling it, say): Karpenter neither knows nor keeps the change, and the next replacement loses it.',
    docs: DISRUPTION_DOCS.drift,
  },
  {
    id: 'model:placement',
    title: 'Where a pod lands',
    what: 'Requests place pods: a node must have the CPU, memory and devices a pod asks for left over. Taints keep pods out: a pool whose nodes carry a taint takes only pods that tolerate it. Weight orders pools: Karpenter tries the pool with the highest weight first and falls to the next only when it cannot take the pod. Limits cap them: a pool stops launching once its nodes’ capacity would pass its limits, and the next pool in line gets the pods.',
    mistake:
      'Reading weight as a share of the pods: the heavier pool takes every pod it can, and a lighter one only what the heavier refuses.',
    docs: SCHEDULING_DOCS.page,
  },
  {
    id: 'model:allocatable',
    title: 'Pods get allocatable, not capacity',
    what: 'A node’s allocatable is its capacity minus what the kubelet keeps back: kube-reserved and system-reserved for the node’s own daemons, and the eviction threshold the kubelet evicts pods at. It is what pods can request in total, so an 8 GiB instance offers its pods noticeably less than 8 GiB; the EC2NodeClass’s kubelet settings change how much.',
    mistake:
      'Sizing a pod at exactly an instance type’s memory: it never fits that type, and Karpenter picks the next size up.',
    docs: NODECLASS_DOCS.kubelet,
  },
  {
    id: 'model:daemonset-overhead',
    title: 'DaemonSets come off every node first',
    what: 'A DaemonSet runs one pod on every node it tolerates, so Karpenter subtracts those pods’ requests from each new node’s allocatable before it fits the pending pods: logging, monitoring and the GPU Operator’s daemons all take their share. A DaemonSet that tolerates every taint counts on every pool.',
    mistake:
      'Forgetting the DaemonSets when sizing pods to an instance type: with a few hundred millicores taken per node, a pod sized to the whole node never fits.',
    docs: SCHEDULING_DOCS.page,
  },
  {
    id: 'model:mig-selection',
    title: 'The pool chooses the MIG partitioning',
    what: 'A MIG pool says how its GPUs are to be partitioned with the node label nvidia.com/mig.config=<config name>, keeps other pods off with a taint, and pins the GPU model with requirements (an instance type, or instance-gpu-name and instance-gpu-memory).',
    mistake:
      'A pool that may launch two GPU models: the same config name means different partitions on each, and may not exist on one of them.',
    docs: NVIDIA_DOCS.gpuOperatorMig,
  },
  {
    id: 'model:mig-applied',
    title: 'The MIG manager applies it',
    what: 'Karpenter only launches the node. The GPU Operator’s MIG manager sees the nvidia.com/mig.config label, partitions the GPUs and reports progress in nvidia.com/mig.config.state (pending, then success or failed). Without the operator, a userData script can run nvidia-smi at boot instead.',
    mistake:
      'Expecting Karpenter to partition GPUs: nothing happens unless the MIG manager (or a script) runs on the node.',
    docs: NVIDIA_DOCS.gpuOperatorMig,
  },
  {
    id: 'model:mig-requests',
    title: 'Pods ask for MIG devices by name',
    what: 'With the mixed strategy a pod requests nvidia.com/mig-<profile>, such as nvidia.com/mig-1g.10gb: 1; with the single strategy it requests nvidia.com/gpu. It also needs to tolerate the pool’s taint, and usually selects nvidia.com/mig.config with a nodeSelector.',
    mistake:
      'Requesting nvidia.com/gpu on a mixed-strategy node: MIG devices are not offered under that name, so the pod stays pending.',
    docs: NVIDIA_DOCS.migGuide,
  },
  {
    id: 'model:requests-limits',
    title: 'Requests place pods, limits cap them',
    what: 'Requests place pods and drive consolidation: the scheduler and Karpenter, when it launches and when it consolidates, count what pods request against a node’s allocatable, not what they use. Limits only matter at run time: CPU over its limit is throttled, memory over its limit is OOM-killed, and a node short of memory evicts the pods using most beyond their requests. Karpenter never reads limits, so limits above allocatable (overcommit) are allowed and invisible to it. A pod whose CPU and memory requests equal its limits is Guaranteed, the last to be evicted. GPU and MIG devices go under limits, and their requests default to the same.',
    mistake:
      'Leaving requests out: Karpenter then packs pods onto nodes far too small for what they really use.',
    docs: KUBERNETES_DOCS.resources,
  },
  {
    id: 'model:consolidation',
    title: 'Consolidation takes nodes away when pods no longer need them',
    what: 'After pods go (a scale-down, a finished Job), Karpenter looks for nodes it can remove or swap for a cheaper one, by the pool’s spec.disruption. consolidationPolicy WhenEmpty removes only nodes left with no pods (DaemonSets aside); WhenEmptyOrUnderutilized, the default, also removes a node whose pods fit on the others, or replaces it with a cheaper node; Balanced does the same only when a move saves enough for the disruption it causes. consolidateAfter is how long a node must go without pod changes first (Never turns it off). Budgets cap how many nodes may be disrupted at once ("10%", "1"), optionally per reason and on a schedule. Every fit is judged by requests, never by limits.',
    mistake:
      'Expecting a scale-down to shrink the bill at once: under WhenEmpty a half-empty node stays, a do-not-disrupt pod keeps its node, and a budget of 0 stops consolidation altogether.',
    docs: DISRUPTION_DOCS.consolidation,
  },
] as const satisfies readonly LearnEntry<`model:${string}`>[];

/** A point of the mental model. */
export type ModelId = (typeof MENTAL_MODEL)[number]['id'];
