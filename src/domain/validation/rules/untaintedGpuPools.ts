import { exportedPool } from '../../yaml/export/manifests';
import { nodePools, resourceById } from '../../design/resources';
import type { Design } from '../../design/types';
import type { InstanceCatalog, InstanceType } from '../../karpenter/catalog/instanceType';
import { repellingTaints } from '../../karpenter/model/poolTaints';
import { poolInstanceTypes } from '../poolInstanceTypes';
import type { Problem } from '../problem';

/**
 * A pool that launches only GPU (or Neuron) instances needs a NoSchedule taint, or pods that need
 * no accelerator are packed onto its costly nodes and keep them from consolidating. "It's common
 * to taint nodes with an NVidia GPU with that taint to prevent pods that don't require a GPU from
 * scheduling against the node" (maintainer answer in aws/karpenter-provider-aws#1853); the EKS
 * Best Practices' GPU NodePool carries `nvidia.com/gpu:NoSchedule` for "only allowing special
 * workloads to run on these (expensive) nodes"
 * (https://docs.aws.amazon.com/eks/latest/best-practices/karpenter.html). Pools that mix GPU and
 * CPU instances are left alone: Karpenter launches the cheaper CPU ones for CPU pods. "Only" is
 * judged on the catalog: every instance type the pool could launch has an accelerator.
 */
export function untaintedGpuPools(design: Design, catalog?: InstanceCatalog): Problem[] {
  if (!catalog) return [];
  const problems: Problem[] = [];
  for (const pool of nodePools(design)) {
    // MIG pools: mig-pool-untainted says it with the layout's taint in mind.
    if (pool.migProfileId && resourceById(design, pool.migProfileId)) continue;
    if (repellingTaints(exportedPool(design, pool)).length > 0) continue;
    const resource = acceleratorOnly(poolInstanceTypes(design, pool, catalog).types);
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

const GPU_NAME = 'karpenter.k8s.aws/instance-gpu-name';
const GPU_MANUFACTURER = 'karpenter.k8s.aws/instance-gpu-manufacturer';

/**
 * The resource (and, by convention, the taint key) of the type's accelerator. The GPU labels
 * count too: g6f and gr6f carry a fraction of an L4 that Karpenter gives no `nvidia.com/gpu` for.
 */
function acceleratorOf(type: InstanceType): string | undefined {
  if ((type.extended['amd.com/gpu'] ?? 0) > 0 || type.labels[GPU_MANUFACTURER] === 'amd') {
    return 'amd.com/gpu';
  }
  if ((type.extended['nvidia.com/gpu'] ?? 0) > 0 || type.labels[GPU_NAME] !== undefined) {
    return 'nvidia.com/gpu';
  }
  return (type.extended['aws.amazon.com/neuron'] ?? 0) > 0 ? 'aws.amazon.com/neuron' : undefined;
}

/** The accelerator resource when every type the pool could launch has one (the first's). */
function acceleratorOnly(types: readonly InstanceType[]): string | undefined {
  const [first] = types;
  const resource = first && acceleratorOf(first);
  return resource && types.every((t) => acceleratorOf(t) !== undefined) ? resource : undefined;
}
