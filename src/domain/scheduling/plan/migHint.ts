import type { Design } from '../../design/types';
import { migResourceName } from '../../mig/capacity';
import type { MigProfileResource } from '../../mig/migProfile';
import { resolveLayout } from '../../mig/migLayout';
import { wantsNodeOverlays } from '../../mig/nodeOverlays';
import { layoutEntries } from '../../mig/placement';
import { migUses } from '../../yaml/export/migUses';
import type { PlacementRemedy } from './remedy';

const MIG_RESOURCE = /^nvidia\.com\/mig-(.+)$/;

/** The one edit that makes a profile export the NodeOverlays its devices need. */
function remedyFor(profile: MigProfileResource): PlacementRemedy {
  return profile.strategy === 'mixed'
    ? { kind: 'enable-node-overlay', profileId: profile.id }
    : { kind: 'use-mixed-strategy', profileId: profile.id };
}

/**
 * Why a pod asking for a MIG device finds no instance type, and what to add (spec 2.2: MIG
 * resources are never part of an instance type's capacity; a NodeOverlay must add them).
 * Undefined for other resources.
 */
export function migHint(
  design: Design,
  resource: string,
  pool: string,
): { explanation: string; fix: string; remedy?: PlacementRemedy } | undefined {
  const match = MIG_RESOURCE.exec(resource);
  if (!match) return undefined;
  // Whatever the strategy: a single-strategy profile yields the device but names it nvidia.com/gpu.
  const yielding = migUses(design).filter(({ profile }) => {
    const resolved = resolveLayout(profile);
    return (
      resolved.ok &&
      layoutEntries(resolved.devices ?? {}).some(
        ([name]) => migResourceName(name, 'mixed') === resource,
      )
    );
  });
  const base = `Karpenter does not know MIG devices: no instance type has ${resource} capacity unless a NodeOverlay adds it.`;
  if (yielding.length === 0) {
    return {
      explanation: `${base} No MIG profile in the design yields ${resource}.`,
      fix: `Attach a MIG profile whose layout includes ${match[1]} (mixed strategy) to a GPU pool, with its NodeOverlay export on.`,
    };
  }
  const here = yielding.find((u) => u.pool.manifest.metadata.name === pool);
  if (here && !wantsNodeOverlays(here.profile)) {
    return {
      explanation: `${base} This pool’s MIG profile "${here.profile.name}" yields it, but the design exports no NodeOverlay for it.`,
      fix:
        here.profile.strategy === 'mixed'
          ? `Turn on the NodeOverlay export of MIG profile "${here.profile.name}" (and the NodeOverlay feature gate in Karpenter).`
          : `Use the mixed strategy on MIG profile "${here.profile.name}" and turn on its NodeOverlay export; the single strategy advertises nvidia.com/gpu instead.`,
      remedy: remedyFor(here.profile),
    };
  }
  const offering = yielding.filter((u) => wantsNodeOverlays(u.profile));
  const names = (offering.length > 0 ? offering : yielding)
    .map((u) => `"${u.pool.manifest.metadata.name}"`)
    .join(', ');
  if (offering.length === 0) {
    return {
      explanation: `${base} The MIG profiles of ${names} yield it, but the design exports no NodeOverlay for them.`,
      fix: `Use the mixed strategy with the NodeOverlay export on for ${names}, and let the pod select and tolerate that pool.`,
    };
  }
  return {
    explanation: `${base} Only the nodes of ${names} offer ${resource}.`,
    fix: `Let the pod select and tolerate ${names}.`,
  };
}
