/**
 * `minValues` (spec 1.13): the instance types that survive must span at least that many distinct
 * values of the key. core `pkg/cloudprovider/types.go :: InstanceTypes.SatisfiesMinValues`.
 */
import type { InstanceType } from '../catalog/instanceType';
import { typeRequirement } from './instanceTypeRequirements';
import type { Requirements } from './requirements';

export interface MinValuesShortfall {
  key: string;
  minValues: number;
  /** Distinct values of the key across the types given. */
  available: number;
}

/**
 * Keys whose values come from a type's offerings (zones, capacity types, reservations), not
 * from the type itself; the engine counts those over the offerings it keeps.
 */
const OFFERING_KEYS: ReadonlySet<string> = new Set([
  'topology.kubernetes.io/zone',
  'topology.kubernetes.io/region',
  'topology.k8s.aws/zone-id',
  'karpenter.sh/capacity-type',
  'karpenter.k8s.aws/capacity-reservation-id',
  'karpenter.k8s.aws/capacity-reservation-type',
  'karpenter.k8s.aws/capacity-reservation-interruptible',
]);

/**
 * Each requirement whose `minValues` the types cannot meet. Karpenter counts every value each
 * type's own requirement holds for the key (`it.Requirements.Get(key).Values()`), so a key no
 * type defines (a custom label) counts 0 and can never meet minValues [code, not exercised].
 * Offering keys are skipped: see OFFERING_KEYS.
 */
export function minValuesShortfall(
  requirements: Requirements,
  types: readonly InstanceType[],
): MinValuesShortfall[] {
  const shortfalls: MinValuesShortfall[] = [];
  for (const [key, requirement] of requirements) {
    const minValues = requirement.minValues;
    if (minValues === undefined || OFFERING_KEYS.has(key)) continue;
    const seen = new Set<string>();
    for (const type of types) {
      const own = typeRequirement(type, key);
      if (!own) continue;
      for (const value of own.values) seen.add(value);
      if (seen.size >= minValues) break;
    }
    if (seen.size < minValues) shortfalls.push({ key, minValues, available: seen.size });
  }
  return shortfalls;
}

/**
 * Karpenter's error for these shortfalls (`SatisfiesMinValues` wraps the keys with serrors:
 * `... for label(s) (label(s)=[a b])`); its key order is Go's map order, here sorted. The
 * scheduler appends `, requirements=…, resources=…` (`InstanceTypeFilterError.Error`).
 */
export function describeMinValuesShortfall(shortfalls: readonly MinValuesShortfall[]): string {
  const keys = shortfalls.map((shortfall) => shortfall.key).sort((a, b) => (a < b ? -1 : 1));
  return `minValues requirement is not met for label(s) (label(s)=[${keys.join(' ')}])`;
}
