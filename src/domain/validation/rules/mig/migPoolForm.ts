import type { Design } from '../../../design/types';
import { describeTaint, repellingTaints } from '../../../karpenter/model/poolTaints';
import { gpuModel } from '../../../mig/gpuModels';
import { gpuRequirements, layoutTaint, sameRequirement } from '../../../mig/migAttachment';
import { poolGpus } from '../../../mig/poolGpus';
import { exportedPool } from '../../../yaml/export/manifests';
import { migUses } from '../../../yaml/export/migUses';
import type { Problem } from '../../problem';

/**
 * A MIG pool that import adopted as it was written (NodePoolResource.migAdopted) keeps its own
 * taint and GPU requirements; where they do less than the designer's form, say what and why.
 * Only what no other rule says: a pool with no NoSchedule taint at all is mig-pool-untainted's,
 * one that can launch another GPU or none mig-other-gpu's and mig-no-instances'.
 */
export function migPoolForm(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const { pool, profile } of migUses(design)) {
    const gpu = gpuModel(profile.gpu);
    if (!pool.migAdopted || !gpu) continue;
    const exported = exportedPool(design, pool);
    const reasons: string[] = [];
    const repelling = repellingTaints(exported);
    const wanted = layoutTaint(profile.config);
    if (
      repelling.length > 0 &&
      !repelling.some((t) => t.key === wanted.key && t.value === wanted.value)
    ) {
      reasons.push(
        `its taint (${repelling.map(describeTaint).join(', ')}) names no layout, so a pod that tolerates it for another layout or a whole GPU lands here too; ${describeTaint(wanted)} keeps off all but the pods for this layout`,
      );
    }
    const { requirements } = exported.spec.template.spec;
    const pins = gpuRequirements(gpu);
    const { types, gpus } = poolGpus(requirements);
    const launchesOnlyTheGpu = types.length > 0 && gpus.every((g) => g === profile.gpu);
    if (launchesOnlyTheGpu && !pins.every((p) => requirements.some((r) => sameRequirement(p, r)))) {
      reasons.push(
        `its requirements do not pin ${pins.map((p) => `${p.key} In [${(p.values ?? []).join(', ')}]`).join(' and ')}: a layout is made for one GPU model and memory size (one GPU name covers the A100's 40 and 80 GB), and the pins keep an instance type added later with another size from getting it`,
      );
    }
    if (reasons.length === 0) continue;
    problems.push({
      severity: 'info',
      resourceId: pool.id,
      path: 'spec.template.spec',
      message: `MIG pool "${pool.manifest.metadata.name}" was imported in its own form, which the designer keeps: ${reasons.join('; ')}. "Use the designer's MIG form" in its Taints section applies that form.`,
      rule: 'mig-pool-own-form',
    });
  }
  return problems;
}
