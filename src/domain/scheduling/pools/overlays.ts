import type { InstanceType } from '../../karpenter/catalog/instanceType';
import type { ResourceList } from '../../karpenter/catalog/resources';
import { parseQuantity } from '../../lib/quantity';
import {
  addRequirements,
  compatibleError,
  requirementsOf,
  type Requirements,
} from '../../karpenter/requirements/requirements';
import type { NodeSelectorRequirement } from '../../karpenter/model/types';

/**
 * A NodeOverlay (karpenter.sh/v1alpha1) as the scheduler applies it (spec 2.7): extra capacity
 * (MIG devices, for the designer) and price changes for the instance types whose requirements
 * it is compatible with. Needs the NodeOverlay feature gate, off by default in v1.14.1.
 */
export interface PreparedOverlay {
  name: string;
  weight: number;
  requirements: Requirements;
  capacity: ResourceList;
  price?: number;
  /** `+X`, `-X`, `+X%`, `-X%`. */
  priceAdjustment?: string;
}

export interface OverlayManifest {
  metadata: { name: string };
  spec: {
    requirements?: NodeSelectorRequirement[];
    capacity?: Record<string, string>;
    price?: string;
    priceAdjustment?: string;
    weight?: number;
  };
}

export function prepareOverlay(manifest: OverlayManifest): PreparedOverlay {
  const capacity: Record<string, number> = {};
  for (const [key, value] of Object.entries(manifest.spec.capacity ?? {})) {
    const parsed = parseQuantity(value);
    if (parsed !== undefined) capacity[key] = parsed;
  }
  const price = parseQuantity(manifest.spec.price);
  return {
    name: manifest.metadata.name,
    weight: manifest.spec.weight ?? 0,
    requirements: requirementsOf(manifest.spec.requirements ?? []),
    capacity,
    ...(price === undefined ? {} : { price }),
    ...(manifest.spec.priceAdjustment ? { priceAdjustment: manifest.spec.priceAdjustment } : {}),
  };
}

function adjusted(price: number, adjustment: string): number {
  const percent = adjustment.endsWith('%');
  const amount = Number(percent ? adjustment.slice(0, -1) : adjustment);
  if (!Number.isFinite(amount)) return price;
  return Math.max(0, percent ? price * (1 + amount / 100) : price + amount);
}

export interface Overlaid {
  /** Resources the overlays add or replace, by key. */
  capacity: ResourceList;
  /** Keys the type already had that an overlay replaced (spec 2.7: read from code, untested). */
  replaced: readonly string[];
  price: number | undefined;
}

/**
 * What the overlays change for one type of one pool. Per resource key and for the price, the
 * first overlay in order wins (`lo.Assign`: replace-or-add). `poolBase` holds the pool's name
 * and template labels; the type's requirements are joined to it.
 */
export function overlaid(
  overlays: readonly PreparedOverlay[],
  poolBase: Requirements,
  typeRequirements: Requirements,
  type: InstanceType,
): Overlaid {
  let price = type.onDemandPrice;
  if (overlays.length === 0) return { capacity: {}, replaced: [], price };
  const base = addRequirements(poolBase, typeRequirements);
  const capacity: Record<string, number> = {};
  let priced = false;
  for (const overlay of overlays) {
    if (compatibleError(base, overlay.requirements) !== undefined) continue;
    for (const [key, value] of Object.entries(overlay.capacity)) {
      if (!(key in capacity)) capacity[key] = value;
    }
    if (!priced && overlay.price !== undefined) {
      price = overlay.price;
      priced = true;
    } else if (!priced && overlay.priceAdjustment !== undefined && price !== undefined) {
      price = adjusted(price, overlay.priceAdjustment);
      priced = true;
    }
  }
  const replaced = Object.keys(capacity).filter((k) => (type.extended[k] ?? 0) > 0);
  return { capacity, replaced, price };
}
