import { exportedPool } from '../../yaml/export/manifests';
import { nodePools, resourceById } from '../../design/resources';
import type { Design } from '../../design/types';
import {
  acceleratorResource,
  GPU_CATEGORIES,
  instanceFamilyFacts,
} from '../../karpenter/facts/instanceFamilies';
import { listedInstances } from '../../karpenter/facts/instanceMatch';
import { familyLabels } from '../../karpenter/facts/instanceTypeNames';
import {
  admittedValues,
  constraintsOf,
  type LabelConstraints,
} from '../../karpenter/model/labelConstraints';
import { repellingTaints } from '../../karpenter/model/poolTaints';
import type { Problem } from '../problem';

/**
 * A pool that launches only GPU (or Neuron) instances needs a NoSchedule taint, or pods that need
 * no accelerator are packed onto its costly nodes and keep them from consolidating. "It's common
 * to taint nodes with an NVidia GPU with that taint to prevent pods that don't require a GPU from
 * scheduling against the node" (maintainer answer in aws/karpenter-provider-aws#1853); the EKS
 * Best Practices' GPU NodePool carries `nvidia.com/gpu:NoSchedule` for "only allowing special
 * workloads to run on these (expensive) nodes"
 * (https://docs.aws.amazon.com/eks/latest/best-practices/karpenter.html). Pools that mix GPU and
 * CPU instances are left alone: Karpenter launches the cheaper CPU ones for CPU pods.
 */
export function untaintedGpuPools(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const pool of nodePools(design)) {
    // MIG pools: mig-pool-untainted says it with the layout's taint in mind.
    if (pool.migProfileId && resourceById(design, pool.migProfileId)) continue;
    if (repellingTaints(exportedPool(design, pool)).length > 0) continue;
    const resource = acceleratorOnly(constraintsOf(pool.manifest.spec.template.spec.requirements));
    if (!resource) continue;
    const device = resource === 'aws.amazon.com/neuron' ? 'Neuron' : 'GPU';
    problems.push({
      severity: 'warning',
      resourceId: pool.id,
      path: 'spec.template.spec.taints',
      message: `NodePool "${pool.manifest.metadata.name}" launches only ${device} instances but has no NoSchedule taint: pods that need no ${device} land on its costly nodes too, taking room from ${device} pods and keeping the nodes from scaling down. Add a taint such as ${resource}=true:NoSchedule and tolerate it in ${device} workloads.`,
      rule: 'gpu-pool-untainted',
    });
  }
  return problems;
}

const GPU_LABELS = [
  'karpenter.k8s.aws/instance-gpu-name',
  'karpenter.k8s.aws/instance-gpu-manufacturer',
  'karpenter.k8s.aws/instance-gpu-count',
  'karpenter.k8s.aws/instance-gpu-memory',
];

/**
 * The accelerator resource when every instance the requirements allow has one: the listed
 * families are all known accelerator families, a GPU label must exist (instances without GPUs
 * have none), or every allowed category is a GPU category.
 */
function acceleratorOnly(constraints: LabelConstraints): string | undefined {
  const listing = listedInstances(constraints);
  if (listing && listing.candidates.length > 0) {
    const resources = listing.candidates.map((c) => {
      const facts = instanceFamilyFacts(c.family);
      return facts && acceleratorResource(facts);
    });
    const [first] = resources;
    if (first && resources.every((r) => r !== undefined)) return first;
  }
  if (GPU_LABELS.some((key) => constraints.get(key)?.mustExist)) {
    const makers = admittedValues(constraints.get('karpenter.k8s.aws/instance-gpu-manufacturer'));
    return makers?.length === 1 && makers[0] === 'amd' ? 'amd.com/gpu' : 'nvidia.com/gpu';
  }
  const categories = admittedValues(constraints.get('karpenter.k8s.aws/instance-category'));
  if (categories && categories.length > 0 && categories.every((c) => GPU_CATEGORIES.has(c))) {
    return 'nvidia.com/gpu';
  }
  const families = listing?.candidates.map((c) => familyLabels(c.family).category);
  if (families && families.length > 0 && families.every((c) => c && GPU_CATEGORIES.has(c))) {
    return 'nvidia.com/gpu';
  }
  return undefined;
}
