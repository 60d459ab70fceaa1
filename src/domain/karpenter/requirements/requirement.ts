/**
 * One label requirement as Karpenter's scheduler holds it (core `pkg/scheduling/requirement.go ::
 * Requirement`, spec 1.7): a set of values or its complement, with optional inclusive integer
 * bounds. Every operator maps onto this one shape, so intersecting two requirements is one rule.
 */
import type { NodeSelectorRequirement } from '../model/types';
import { normalizeLabelKey } from './wellKnownLabels';

export interface Requirement {
  readonly key: string;
  /** True: `values` are excluded and everything else allowed (NotIn, Exists, Gt, Lt...). */
  readonly complement: boolean;
  readonly values: ReadonlySet<string>;
  /** Inclusive lower bound: `Gt n` is stored as `gte n+1`. */
  readonly gte?: number;
  /** Inclusive upper bound: `Lt n` is stored as `lte n-1`. */
  readonly lte?: number;
  readonly minValues?: number;
}

/** What Karpenter's `Requirement.Operator()` reports: bounds read as Exists (or NotIn). */
export type NormalizedOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

const EMPTY: ReadonlySet<string> = new Set();
const GO_INTEGER = /^[+-]?[0-9]+$/;
/** Go's `math.MaxInt` on the 64-bit platforms Karpenter ships for. */
const MAX_INT = 9223372036854775807n;
const MIN_INT = -9223372036854775808n;

/**
 * Go's `strconv.Atoi` read the way `NewRequirementWithFlexibility` uses it (`value, _ :=`): a
 * non-integer reads as 0 and an out-of-range one saturates. Validation rejects both before the
 * scheduler sees them (spec 1.1); this only keeps a malformed design from throwing.
 */
function atoiIgnoringError(text: string | undefined): bigint {
  if (text === undefined || !GO_INTEGER.test(text)) return 0n;
  const value = BigInt(text);
  if (value > MAX_INT) return MAX_INT;
  if (value < MIN_INT) return MIN_INT;
  return value;
}

/** core `withinBounds`: with bounds set, only an in-range integer value is allowed. */
function withinBounds(value: string, gte: number | undefined, lte: number | undefined): boolean {
  if (gte === undefined && lte === undefined) return true;
  if (!GO_INTEGER.test(value)) return false;
  const number = Number(value);
  // Atoi fails outside int64, and a failed parse is "not within bounds".
  if (Math.abs(number) > 9.223372036854775e18) return false;
  if (gte !== undefined && number < gte) return false;
  if (lte !== undefined && number > lte) return false;
  return true;
}

function make(
  key: string,
  complement: boolean,
  values: ReadonlySet<string>,
  gte: number | undefined,
  lte: number | undefined,
  minValues: number | undefined,
): Requirement {
  const requirement: {
    key: string;
    complement: boolean;
    values: ReadonlySet<string>;
    gte?: number;
    lte?: number;
    minValues?: number;
  } = { key, complement, values };
  if (gte !== undefined) requirement.gte = gte;
  if (lte !== undefined) requirement.lte = lte;
  if (minValues !== undefined) requirement.minValues = minValues;
  return requirement;
}

/**
 * core `NewRequirementWithFlexibility`: normalises a deprecated key (spec 1.3) and canonicalises
 * `Gt n` to `gte n+1` and `Lt n` to `lte n-1`. `Gt MaxInt` can match nothing, so it becomes
 * DoesNotExist.
 */
export function requirementOf(source: NodeSelectorRequirement): Requirement {
  const key = normalizeLabelKey(source.key);
  const values = source.values ?? [];
  const minValues = source.minValues;
  switch (source.operator) {
    case 'In':
      return make(key, false, new Set(values), undefined, undefined, minValues);
    case 'NotIn':
      return make(key, true, new Set(values), undefined, undefined, minValues);
    case 'Exists':
      return make(key, true, EMPTY, undefined, undefined, minValues);
    case 'DoesNotExist':
      return make(key, false, EMPTY, undefined, undefined, minValues);
    case 'Gt': {
      const value = atoiIgnoringError(values[0]);
      // Karpenter returns a plain DoesNotExist here, dropping minValues.
      if (value === MAX_INT) return make(key, false, EMPTY, undefined, undefined, undefined);
      return make(key, true, EMPTY, Number(value + 1n), undefined, minValues);
    }
    case 'Lt':
      return make(
        key,
        true,
        EMPTY,
        undefined,
        Number(atoiIgnoringError(values[0]) - 1n),
        minValues,
      );
    case 'Gte':
      return make(key, true, EMPTY, Number(atoiIgnoringError(values[0])), undefined, minValues);
    case 'Lte':
      return make(key, true, EMPTY, undefined, Number(atoiIgnoringError(values[0])), minValues);
  }
}

/** A requirement from parts, for label values (`In [value]`) and instance-type facts. */
export function requirementIn(key: string, values: Iterable<string>): Requirement {
  return make(normalizeLabelKey(key), false, new Set(values), undefined, undefined, undefined);
}

export function requirementDoesNotExist(key: string): Requirement {
  return make(normalizeLabelKey(key), false, EMPTY, undefined, undefined, undefined);
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

/**
 * core `Requirement.Intersection` (spec 1.7): complement when both are; the excluded sets unite,
 * an allowed set loses the other's exclusions, two allowed sets intersect; bounds tighten, and
 * crossing bounds leave DoesNotExist; values outside the bounds drop; a concrete set keeps no
 * bounds; minValues is the larger.
 */
export function intersection(a: Requirement, b: Requirement): Requirement {
  const complement = a.complement && b.complement;
  const gte = maxDefined(a.gte, b.gte);
  const lte = minDefined(a.lte, b.lte);
  const minValues = maxDefined(a.minValues, b.minValues);
  if (gte !== undefined && lte !== undefined && gte > lte) {
    return make(a.key, false, EMPTY, undefined, undefined, minValues);
  }
  const values = new Set<string>();
  if (a.complement && b.complement) {
    for (const v of a.values) values.add(v);
    for (const v of b.values) values.add(v);
  } else if (a.complement) {
    for (const v of b.values) if (!a.values.has(v)) values.add(v);
  } else if (b.complement) {
    for (const v of a.values) if (!b.values.has(v)) values.add(v);
  } else {
    for (const v of a.values) if (b.values.has(v)) values.add(v);
  }
  for (const v of values) if (!withinBounds(v, gte, lte)) values.delete(v);
  return complement
    ? make(a.key, true, values, gte, lte, minValues)
    : make(a.key, false, values, undefined, undefined, minValues);
}

/** core `Requirement.Has`: whether the requirement allows this label value. */
export function hasValue(requirement: Requirement, value: string): boolean {
  const listed = requirement.values.has(value);
  return (
    (requirement.complement ? !listed : listed) &&
    withinBounds(value, requirement.gte, requirement.lte)
  );
}

/** core `Requirement.HasIntersection`: `intersection` is non-empty, without building it. */
export function hasIntersection(a: Requirement, b: Requirement): boolean {
  const gte = maxDefined(a.gte, b.gte);
  const lte = minDefined(a.lte, b.lte);
  if (gte !== undefined && lte !== undefined && gte > lte) return false;
  if (a.complement && b.complement) return true;
  if (a.complement) {
    for (const v of b.values) if (!a.values.has(v) && withinBounds(v, gte, lte)) return true;
    return false;
  }
  if (b.complement) {
    for (const v of a.values) if (!b.values.has(v) && withinBounds(v, gte, lte)) return true;
    return false;
  }
  for (const v of a.values) if (b.values.has(v) && withinBounds(v, gte, lte)) return true;
  return false;
}

/** core `Requirement.Operator`. */
export function operatorOf(requirement: Requirement): NormalizedOperator {
  if (requirement.complement) return requirement.values.size > 0 ? 'NotIn' : 'Exists';
  return requirement.values.size > 0 ? 'In' : 'DoesNotExist';
}

/** NotIn or DoesNotExist: two of these never conflict (core `Requirements.Intersects`). */
export function isNegative(requirement: Requirement): boolean {
  const operator = operatorOf(requirement);
  return operator === 'NotIn' || operator === 'DoesNotExist';
}

/** Go's `sort.Strings` order: by UTF-8 bytes, which for these keys is by UTF-16 code unit. */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * core `Requirement.String`, character for character, because users search Karpenter's
 * messages: `key In [a b]`, `key Exists >=5`, `key NotIn [a] <=3 minValues 2`, at most five
 * values then `and N others`.
 */
export function describeRequirement(requirement: Requirement): string {
  const operator = operatorOf(requirement);
  let text: string;
  if (operator === 'Exists' || operator === 'DoesNotExist') {
    text = `${requirement.key} ${operator}`;
  } else {
    const values = [...requirement.values].sort(byteOrder);
    const shown =
      values.length > 5 ? [...values.slice(0, 5), `and ${values.length - 5} others`] : values;
    text = `${requirement.key} ${operator} [${shown.join(' ')}]`;
  }
  if (requirement.gte !== undefined) text += ` >=${requirement.gte}`;
  if (requirement.lte !== undefined) text += ` <=${requirement.lte}`;
  if (requirement.minValues !== undefined) text += ` minValues ${requirement.minValues}`;
  return text;
}
