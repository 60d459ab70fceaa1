import { classesNamed } from '../../../design/resources';
import type { Design } from '../../../design/types';
import { imageFamilyOf } from '../../../karpenter/facts/amiFamilies';
import { nodeClassName } from '../../../karpenter/edits/nodePoolEdits';
import { gpuModel } from '../../../mig/gpuModels';
import { resolveLayout } from '../../../mig/migLayout';
import { bottlerocketMigUserData } from '../../../mig/migUserData';
import { poolGpus } from '../../../mig/poolGpus';
import { exportedPool } from '../../../yaml/export/manifests';
import { migUses } from '../../../yaml/export/migUses';
import type { Problem } from '../../problem';

/**
 * Whether the instances a MIG pool launches can take its layout. A g5 (A10G), g6 (L4) or p3
 * (V100) has no MIG: the layout never applies there, and the pods that wanted it stay pending
 * (NOTES.md 4.2). With the GPU pins a pool that admits no type of that GPU launches nothing.
 * Bottlerocket partitions GPUs itself, one profile at its full count (NOTES.md 5.2), and some
 * GPUs come with caveats a user has to know before the first node fails (4.3).
 */
export function migInstances(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const { pool, profile } of migUses(design)) {
    const name = pool.manifest.metadata.name;
    const gpu = gpuModel(profile.gpu);
    if (!gpu) continue;
    const listed = poolGpus(pool.manifest.spec.template.spec.requirements).notMigCapable;
    for (const bad of listed) {
      problems.push({
        severity: 'error',
        resourceId: pool.id,
        path: 'spec.template.spec.requirements',
        message: `NodePool "${name}" lists ${bad.name} (${bad.gpu}) with MIG profile "${profile.name}": that GPU has no MIG. Remove it; the profile's GPU pins leave it out anyway.`,
        rule: 'mig-not-capable',
      });
    }
    const exported = exportedPool(design, pool);
    const { types, gpus } = poolGpus(exported.spec.template.spec.requirements);
    if (types.length === 0) {
      problems.push({
        severity: 'error',
        resourceId: pool.id,
        path: 'spec.template.spec.requirements',
        message: `NodePool "${name}" admits no instance type with the ${gpu.label} that MIG profile "${profile.name}" is made for: it can launch no node for that layout.`,
        rule: 'mig-no-instances',
      });
    } else if (gpus.some((g) => g !== profile.gpu)) {
      problems.push({
        severity: 'error',
        resourceId: pool.id,
        path: 'spec.template.spec.requirements',
        message: `NodePool "${name}" can launch instances with another GPU than the ${gpu.label} of MIG profile "${profile.name}": the layout's profiles do not exist there.`,
        rule: 'mig-other-gpu',
      });
    }
    const resolved = resolveLayout(profile);
    for (const nodeClass of classesNamed(design, nodeClassName(pool.manifest))) {
      if (imageFamilyOf(nodeClass.manifest.spec) !== 'Bottlerocket') continue;
      const check =
        resolved.ok && resolved.devices
          ? bottlerocketMigUserData(gpu, resolved.devices)
          : undefined;
      if (check && !check.ok) {
        problems.push({
          severity: 'warning',
          resourceId: pool.id,
          path: 'spec.template.spec.nodeClassRef',
          message: `NodePool "${name}" runs Bottlerocket (EC2NodeClass "${nodeClass.manifest.metadata.name}") with MIG profile "${profile.name}": ${check.reason}. Use AL2023 with the GPU Operator for this layout.`,
          rule: 'mig-bottlerocket',
        });
      }
    }
  }
  const cautioned = new Set<string>();
  for (const { profile } of migUses(design)) {
    const caveat = gpuModel(profile.gpu)?.caveat;
    if (!caveat || cautioned.has(profile.id)) continue;
    cautioned.add(profile.id);
    problems.push({
      severity: 'info',
      resourceId: profile.id,
      path: 'gpu',
      message: `MIG profile "${profile.name}": ${caveat}`,
      detail: caveat,
      rule: 'mig-gpu-caveat',
    });
  }
  return problems;
}
