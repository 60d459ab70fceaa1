import type { Design } from '../../../design/types';
import { repellingTaints } from '../../../karpenter/model/poolTaints';
import { MIG_CONFIG_LABEL } from '../../../mig/migConfigs';
import { resolveLayout, strategyFor } from '../../../mig/migLayout';
import { exportedPool } from '../../../yaml/export/manifests';
import { migUses } from '../../../yaml/export/migUses';
import type { Problem } from '../../problem';

/**
 * Whether pods can get onto a MIG pool's nodes, and only the right ones. Without a taint
 * Karpenter picks the pool for any pod that asks for `nvidia.com/gpu` or none at all. The single
 * strategy cannot expose a layout with two profiles (the device plugin errors, NOTES.md 3.2), and
 * it is one setting per cluster. Under mixed, Karpenter does not know instance types offer
 * `nvidia.com/mig-*` and leaves such pods pending unless a NodeOverlay says so (4.4).
 */
export function migScheduling(design: Design): Problem[] {
  const problems: Problem[] = [];
  const uses = migUses(design);
  const seen = new Set<string>();
  for (const { pool, profile } of uses) {
    const name = pool.manifest.metadata.name;
    if (repellingTaints(exportedPool(design, pool)).length === 0) {
      problems.push({
        severity: 'warning',
        resourceId: pool.id,
        path: 'spec.template.spec.taints',
        message: `MIG pool "${name}" has no NoSchedule taint: pods that want a whole GPU, another layout or no GPU at all land on its partitioned nodes. ${
          // An adopted pool keeps the form it was imported in even while the profile taints.
          pool.migAdopted && profile.taint
            ? `It was imported without one: use the designer's MIG form in its Taints section, which adds ${MIG_CONFIG_LABEL}=${profile.config}:NoSchedule.`
            : `Turn on the taint of MIG profile "${profile.name}".`
        }`,
        rule: 'mig-pool-untainted',
      });
    }
    if (seen.has(profile.id)) continue;
    seen.add(profile.id);
    const resolved = resolveLayout(profile);
    const devices = resolved.ok ? resolved.devices : null;
    if (profile.strategy === 'single' && strategyFor(devices) === 'mixed') {
      problems.push({
        severity: 'error',
        resourceId: profile.id,
        path: 'strategy',
        message: `MIG profile "${profile.name}" has more than one profile per GPU but the single strategy: the device plugin refuses such a node and it offers no GPUs. Use the mixed strategy.`,
        rule: 'mig-single-strategy-mixed-layout',
      });
    }
    if (profile.strategy === 'mixed' && !profile.nodeOverlay) {
      problems.push({
        severity: 'warning',
        resourceId: profile.id,
        path: 'nodeOverlay',
        message: `MIG profile "${profile.name}" uses the mixed strategy without NodeOverlays: Karpenter does not know its instance types offer nvidia.com/mig-* and leaves pods that request them pending. Turn on Karpenter capacity (NodeOverlay feature gate).`,
        rule: 'mig-needs-node-overlay',
      });
    }
  }
  const operated = [...new Map(uses.map((u) => [u.profile.id, u.profile])).values()].filter(
    (p) => p.applyWith === 'gpu-operator',
  );
  const mixed = operated.find((p) => p.strategy === 'mixed');
  if (mixed) {
    for (const p of operated.filter((q) => q.strategy === 'single')) {
      problems.push({
        severity: 'warning',
        resourceId: p.id,
        path: 'strategy',
        message: `MIG profile "${p.name}" uses the single strategy but "${mixed.name}" needs mixed: the GPU Operator has one strategy per cluster, so its pods must request nvidia.com/mig-* instead of nvidia.com/gpu.`,
        rule: 'mig-strategies-differ',
      });
    }
  }
  return problems;
}
