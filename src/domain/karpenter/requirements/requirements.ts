/**
 * A set of requirements keyed by label, as Karpenter's `scheduling.Requirements` (core
 * `pkg/scheduling/requirements.go`, spec 1.7), but immutable: adding returns a new map, so a pool's
 * requirements can be memoised and shared by every pod tried against it.
 */
import { REQUIREMENT_OPERATORS } from '../facts/wellKnownLabels';
import type { NodeSelectorRequirement } from '../model/types';
import {
  describeRequirement,
  hasIntersection,
  intersection,
  isNegative,
  operatorOf,
  requirementIn,
  requirementOf,
  type Requirement,
} from './requirement';
import { WELL_KNOWN_LABEL_KEYS } from './wellKnownLabels';

export type Requirements = ReadonlyMap<string, Requirement>;

/** Adds one requirement, intersecting it with one already on its key (core `Requirements.Add`). */
function addOne(into: Map<string, Requirement>, requirement: Requirement): void {
  const existing = into.get(requirement.key);
  into.set(requirement.key, existing ? intersection(requirement, existing) : requirement);
}

const OPERATORS: ReadonlySet<unknown> = new Set(REQUIREMENT_OPERATORS);

/**
 * core `NewNodeSelectorRequirementsWithMinValues`: a repeated key narrows, it does not replace.
 * A requirement with an operator outside the CRD's enum (or none) is left out: the API server
 * refuses it (the API-server rules report it), so Karpenter never schedules with it.
 */
export function requirementsOf(list: readonly NodeSelectorRequirement[]): Requirements {
  const result = new Map<string, Requirement>();
  for (const source of list)
    if (OPERATORS.has((source as Partial<NodeSelectorRequirement> | null)?.operator))
      addOne(result, requirementOf(source));
  return result;
}

/** core `NewLabelRequirements`: each label is `key In [value]` (template labels, nodeSelector). */
export function labelsAsRequirements(labels: Readonly<Record<string, string>>): Requirements {
  const result = new Map<string, Requirement>();
  for (const [key, value] of Object.entries(labels)) addOne(result, requirementIn(key, [value]));
  return result;
}

/** core `Requirements.Add`: per-key intersection; `a` is left as it was. */
export function addRequirements(a: Requirements, b: Requirements): Requirements {
  if (b.size === 0) return a;
  const result = new Map(a);
  for (const requirement of b.values()) addOne(result, requirement);
  return result;
}

/** Go's `sort.Strings` order (byte order; these keys and values are ASCII). */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * core `Requirements.Intersects`: every key both sides define must share a value, unless both
 * sides are negative (NotIn or DoesNotExist). Keys on one side only are ignored. Karpenter joins
 * one `badKeyError` per key with multierr's "; "; its order is Go's map order, here by key.
 */
export function intersectsError(
  existing: Requirements,
  incoming: Requirements,
): string | undefined {
  const [smaller, larger] =
    existing.size <= incoming.size ? [existing, incoming] : [incoming, existing];
  let conflicts: [key: string, message: string][] | undefined;
  for (const key of smaller.keys()) {
    if (!larger.has(key)) continue;
    const ours = existing.get(key);
    const theirs = incoming.get(key);
    if (!ours || !theirs || hasIntersection(ours, theirs)) continue;
    if (isNegative(theirs) && isNegative(ours)) continue;
    const message = `key ${key}, ${describeRequirement(theirs)} not in ${describeRequirement(ours)}`;
    (conflicts ??= []).push([key, message]);
  }
  if (!conflicts) return undefined;
  return conflicts
    .sort(([a], [b]) => byteOrder(a, b))
    .map(([, message]) => message)
    .join('; ');
}

/** The part of a key after its "/" prefix (core `getSuffix`). */
function suffixOf(key: string): string {
  const slash = key.indexOf('/');
  return slash === -1 ? key : key.slice(slash + 1);
}

/**
 * core `labelHint`: a well-known key, then one the existing side defines, that contains the
 * unknown key or ends with its suffix. Go walks sets in random order; this walks the well-known
 * list in the spec's order and the existing keys in insertion order.
 */
function labelHint(existing: Requirements, key: string): string {
  const suffix = suffixOf(key);
  for (const candidates of [WELL_KNOWN_LABEL_KEYS, existing.keys()]) {
    for (const candidate of candidates) {
      if (candidate.includes(key) || candidate.endsWith(suffix)) {
        return ` (typo of ${JSON.stringify(candidate)}?)`;
      }
    }
  }
  return '';
}

/**
 * core `Requirements.Compatible(incoming, AllowUndefinedWellKnownLabels)` (spec 1.7): a key that is
 * not well-known must be defined by the existing side unless the incoming operator is NotIn or
 * DoesNotExist (only the first such key is reported), then `intersectsError`.
 */
export function compatibleError(
  existing: Requirements,
  incoming: Requirements,
): string | undefined {
  for (const [key, requirement] of incoming) {
    if (WELL_KNOWN_LABEL_KEYS.has(key) || existing.has(key)) continue;
    const operator = operatorOf(requirement);
    if (operator === 'NotIn' || operator === 'DoesNotExist') continue;
    return `label ${JSON.stringify(key)} does not have known values${labelHint(existing, key)}`;
  }
  return intersectsError(existing, incoming);
}

/**
 * core `Requirements.String`, used in `requirements=` of Karpenter's instance-type errors:
 * each requirement described, sorted, ", "-joined, without `kubernetes.io/hostname`.
 */
export function describeRequirements(requirements: Requirements): string {
  const described: string[] = [];
  for (const requirement of requirements.values()) {
    if (requirement.key === 'kubernetes.io/hostname') continue;
    described.push(describeRequirement(requirement));
  }
  return described.sort(byteOrder).join(', ');
}

/** Some requirement carries minValues: the NodeClaim must be re-checked after every pod (spec 1.13). */
export function hasMinValues(requirements: Requirements): boolean {
  for (const r of requirements.values()) if (r.minValues !== undefined) return true;
  return false;
}
