import type { NodePool, Taint } from '../karpenter/types';
import { MIG_CONFIG_LABEL, MIG_TAINT_KEY } from './migConfigs';

/**
 * What attaching a MIG profile does to a NodePool: the GPU Operator's MIG manager reads the
 * `nvidia.com/mig.config` label from the node (set through the pool's template) and applies that
 * layout; the NoSchedule taint keeps pods that did not ask for MIG off these nodes.
 */
export function applyMigProfile(pool: NodePool, config: string): NodePool {
  const template = pool.spec.template;
  const taint: Taint = { key: MIG_TAINT_KEY, value: config, effect: 'NoSchedule' };
  const taints = [...(template.spec.taints ?? []).filter((t) => t.key !== MIG_TAINT_KEY), taint];
  return {
    ...pool,
    spec: {
      ...pool.spec,
      template: {
        ...template,
        metadata: {
          ...template.metadata,
          labels: { ...template.metadata?.labels, [MIG_CONFIG_LABEL]: config },
        },
        spec: { ...template.spec, taints },
      },
    },
  };
}
