import type { InstanceType } from '../../karpenter/catalog/instanceType';

/**
 * The distinct values of a label across instance types, for messages: numbers ascending, other
 * values in the catalog's order (by family, then size). Types without the label add nothing.
 */
export function valuesOf(types: readonly InstanceType[], key: string): string[] {
  const values = [...new Set(types.flatMap((t) => t.labels[key] ?? []))];
  if (values.every((v) => /^[0-9]+$/.test(v))) values.sort((a, b) => Number(a) - Number(b));
  return values;
}

const SHOWN = 6;

/** `g5g`, `a, b and c`, or the first six `and 14 more`. */
export function describeValues(values: readonly string[]): string {
  if (values.length === 0) return '(none)';
  if (values.length > SHOWN) {
    return `${values.slice(0, SHOWN).join(', ')} and ${values.length - SHOWN} more`;
  }
  if (values.length === 1) return values[0] ?? '';
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
