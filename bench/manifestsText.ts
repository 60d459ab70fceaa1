import { defaultEC2NodeClass, defaultNodePool } from '../src/domain/karpenter/model/defaults';
import type { EC2NodeClass, NodePool } from '../src/domain/karpenter/model/types';
import { manifestToYaml } from '../src/domain/yaml/export/toYaml';

export const poolName = (i: number) => `pool-${String(i).padStart(4, '0')}`;
export const className = (i: number) => `class-${String(i).padStart(4, '0')}`;

/**
 * A multi-document manifest file shaped like a real cluster's: `classes` EC2NodeClasses and
 * `pools` NodePools spread over them (fan-in of several pools onto each class), every pool with
 * a weight, a GPU taint on every third one, written as the designer writes them.
 */
export function manifestsText(classes: number, pools: number): string {
  const manifests: (EC2NodeClass | NodePool)[] = [];
  for (let i = 0; i < classes; i++) manifests.push(defaultEC2NodeClass(className(i)));
  for (let i = 0; i < pools; i++) {
    const pool = defaultNodePool(poolName(i), className(i % classes));
    const taints = i % 3 === 0 ? [{ key: 'nvidia.com/gpu', effect: 'NoSchedule' as const }] : [];
    manifests.push({
      ...pool,
      spec: {
        ...pool.spec,
        weight: (i % 100) + 1,
        template: {
          ...pool.spec.template,
          spec: { ...pool.spec.template.spec, ...(taints.length > 0 ? { taints } : {}) },
        },
      },
    });
  }
  return manifests.map((m) => manifestToYaml(m)).join('---\n');
}
