import { isNumericOperator } from '../edits/requirementEdits';
import type { NodeSelectorRequirement } from './types';

/**
 * What a NodePool's requirements allow for one label key. Karpenter ANDs every requirement, so
 * several on the same key narrow each other: In lists intersect, NotIn lists add up, and Gt/Lt
 * bounds tighten (kubernetes-sigs/karpenter, pkg/scheduling/requirement.go). Requirements the
 * API server would reject (In without values, a numeric operator without one whole number) are
 * left out here: the field checks report those.
 */
export interface LabelConstraint {
  key: string;
  /** Values every In requirement lists; undefined when no In narrows the key. */
  allowed?: ReadonlySet<string>;
  excluded: ReadonlySet<string>;
  /** In, Exists, Gt, Gte, Lt and Lte only match nodes that have the label. */
  mustExist: boolean;
  mustNotExist: boolean;
  /** Inclusive integer bounds from Gt, Gte, Lt and Lte. */
  min?: number;
  max?: number;
  /** Where the requirements on this key sit in `spec.template.spec.requirements`. */
  indexes: readonly number[];
}

export type LabelConstraints = ReadonlyMap<string, LabelConstraint>;

const WHOLE_NUMBER = /^[0-9]+$/;
/** How far a bounded range is searched for a value that NotIn leaves. */
const ENUMERATION_LIMIT = 1000;

export function labelConstraints(
  requirements: readonly NodeSelectorRequirement[],
): Map<string, LabelConstraint> {
  const constraints = new Map<string, LabelConstraint>();
  requirements.forEach((requirement, index) => {
    const current = constraints.get(requirement.key) ?? {
      key: requirement.key,
      excluded: new Set<string>(),
      mustExist: false,
      mustNotExist: false,
      indexes: [],
    };
    constraints.set(requirement.key, narrowed(current, requirement, index));
  });
  return constraints;
}

function narrowed(
  constraint: LabelConstraint,
  requirement: NodeSelectorRequirement,
  index: number,
): LabelConstraint {
  const values = requirement.values ?? [];
  const next: LabelConstraint = { ...constraint, indexes: [...constraint.indexes, index] };
  switch (requirement.operator) {
    case 'In': {
      if (values.length === 0) return next;
      const allowed = constraint.allowed
        ? new Set(values.filter((v) => constraint.allowed?.has(v)))
        : new Set(values);
      return { ...next, allowed, mustExist: true };
    }
    case 'NotIn':
      return { ...next, excluded: new Set([...constraint.excluded, ...values]) };
    case 'Exists':
      return { ...next, mustExist: true };
    case 'DoesNotExist':
      return { ...next, mustNotExist: true };
    default: {
      if (!isNumericOperator(requirement.operator)) return next;
      const [text] = values;
      if (values.length !== 1 || text === undefined || !WHOLE_NUMBER.test(text)) return next;
      const n = Number(text);
      const op = requirement.operator;
      const min = op === 'Gt' ? n + 1 : op === 'Gte' ? n : undefined;
      const max = op === 'Lt' ? n - 1 : op === 'Lte' ? n : undefined;
      return {
        ...next,
        mustExist: true,
        min: Math.max(min ?? -Infinity, next.min ?? -Infinity),
        max: Math.min(max ?? Infinity, next.max ?? Infinity),
      };
    }
  }
}

function hasBounds(c: LabelConstraint): boolean {
  return c.min !== undefined || c.max !== undefined;
}

/** Whether a node whose label is `value` meets the constraint (no constraint: yes). */
export function admitsValue(c: LabelConstraint | undefined, value: string): boolean {
  if (!c) return true;
  if (c.mustNotExist) return false;
  if (c.allowed && !c.allowed.has(value)) return false;
  if (c.excluded.has(value)) return false;
  if (hasBounds(c)) {
    if (!WHOLE_NUMBER.test(value)) return false;
    const n = Number(value);
    return n >= (c.min ?? -Infinity) && n <= (c.max ?? Infinity);
  }
  return true;
}

/** Whether a node without the label meets the constraint. */
export function admitsAbsence(c: LabelConstraint | undefined): boolean {
  return !c?.mustExist;
}

/** Whether some whole number of at least `least` meets the constraint. */
export function admitsNumberAtLeast(c: LabelConstraint | undefined, least: number): boolean {
  if (!c) return true;
  if (c.mustNotExist) return false;
  if (c.allowed) {
    return [...c.allowed].some(
      (v) => WHOLE_NUMBER.test(v) && Number(v) >= least && admitsValue(c, v),
    );
  }
  const from = Math.max(least, c.min ?? -Infinity);
  const to = c.max ?? Infinity;
  if (from > to) return false;
  if (to - from >= ENUMERATION_LIMIT || c.excluded.size <= to - from) return true;
  for (let n = from; n <= to; n++) if (!c.excluded.has(String(n))) return true;
  return false;
}

/** Whether no node can meet the constraint, with the label or without it. */
export function admitsNothing(c: LabelConstraint): boolean {
  if (c.mustExist && c.mustNotExist) return true;
  if (c.allowed) return ![...c.allowed].some((v) => admitsValue(c, v));
  if (hasBounds(c)) return !admitsNumberAtLeast(c, 0);
  return false;
}

/** The values an In list still allows after NotIn and bounds; undefined when any value goes. */
export function admittedValues(c: LabelConstraint | undefined): string[] | undefined {
  if (!c?.allowed) return undefined;
  return [...c.allowed].filter((v) => admitsValue(c, v));
}

/** One requirement as the user wrote it, e.g. `kubernetes.io/arch In [arm64]`. */
export function describeRequirement(requirement: NodeSelectorRequirement): string {
  const values = requirement.values ?? [];
  if (isNumericOperator(requirement.operator)) {
    return `${requirement.key} ${requirement.operator} ${values.join(', ')}`;
  }
  if (requirement.operator === 'Exists' || requirement.operator === 'DoesNotExist') {
    return `${requirement.key} ${requirement.operator}`;
  }
  return `${requirement.key} ${requirement.operator} [${values.join(', ')}]`;
}

const memo = new WeakMap<readonly NodeSelectorRequirement[], LabelConstraints>();

/**
 * `labelConstraints`, remembered per requirements array: designs change by copying, so a pool
 * nobody edited keeps its array, and the many rules that ask about it share one answer.
 */
export function constraintsOf(requirements: readonly NodeSelectorRequirement[]): LabelConstraints {
  let found = memo.get(requirements);
  if (!found) {
    found = labelConstraints(requirements);
    memo.set(requirements, found);
  }
  return found;
}
