import type { ResourceList } from '../../karpenter/catalog/resources';
import { formatAmount } from '../../lib/quantity';

/** Karpenter's `resources.String`: a JSON object of quantities, keys sorted. */
export function resourcesString(list: ResourceList): string {
  const entries = Object.keys(list)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(formatAmount(k, list[k] ?? 0))}`);
  return `{${entries.join(',')}}`;
}
