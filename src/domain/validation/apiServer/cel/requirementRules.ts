import { celRule, item, type CelRule } from '../celRule';

/**
 * The rules on a NodePool's `spec.template.spec.requirements` (karpenter.sh_nodepools.yaml). Each
 * ranges over the list with `self.all`, so a requirement breaks it on its own and is reported at
 * its own index. `operator` is required: a requirement without one is already reported missing,
 * and the evaluation error CEL would add for it says nothing more, so it is not repeated.
 */
interface Requirement {
  key?: string;
  operator?: string;
  values?: string[];
  minValues?: number;
}

const NUMERIC = new Set(['Gt', 'Lt', 'Gte', 'Lte']);

/** CEL `int(string)`: Go's strconv.ParseInt(s, 10, 64); out of int64 range is an error. */
export function celInt(text: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(text)) return undefined;
  const value = BigInt(text);
  const inRange = value >= -(2n ** 63n) && value < 2n ** 63n;
  return inRange ? value : undefined;
}

// A missing `values` is a CEL evaluation error (no such key), which rejects the object just like
// an empty list.
export const inNeedsValues: CelRule = celRule<Requirement[]>({
  id: 'requirement-in-values',
  cel: "self.all(x, x.operator == 'In' ? x.values.size() != 0 : true)",
  check: (requirements, report) =>
    requirements.forEach((r, i) => {
      if (r.operator === 'In' && (r.values ?? []).length === 0) {
        report(
          'must list at least one value for operator In: add the values to match, or use Exists to match any value',
          item(i, 'values'),
        );
      }
    }),
});

export const numericNeedsOneWholeNumber: CelRule = celRule<Requirement[]>({
  id: 'requirement-numeric-value',
  cel: "self.all(x, (x.operator == 'Gt' || x.operator == 'Lt' || x.operator == 'Gte' || x.operator == 'Lte') ? (x.values.size() == 1 && int(x.values[0]) >= 0) : true)",
  check: (requirements, report) =>
    requirements.forEach((r, i) => {
      if (r.operator === undefined || !NUMERIC.has(r.operator)) return;
      const values = r.values ?? [];
      const number = values.length === 1 ? celInt(values[0] ?? '') : undefined;
      if (number !== undefined && number >= 0n) return;
      report(
        `must be exactly one whole number of 0 or more for operator ${r.operator}, e.g. ["2"] (got ${JSON.stringify(values)})`,
        item(i, 'values'),
      );
    }),
});

export const minValuesNeedsValues: CelRule = celRule<Requirement[]>({
  id: 'requirement-min-values',
  cel: "self.all(x, (x.operator == 'In' && has(x.minValues)) ? x.values.size() >= x.minValues : true)",
  check: (requirements, report) =>
    requirements.forEach((r, i) => {
      if (r.operator !== 'In' || r.minValues === undefined) return;
      const count = (r.values ?? []).length;
      if (count >= r.minValues) return;
      report(
        `is ${r.minValues} but only ${count} value${count === 1 ? ' is' : 's are'} listed: list at least ${r.minValues} values, or lower minValues`,
        item(i, 'minValues'),
      );
    }),
});
