import type { ResourceList } from '../../karpenter/catalog/resources';
import { formatBytes, formatCpu } from '../../lib/quantity';

const BYTES = /^(memory|ephemeral-storage|hugepages-.*)$/;

/** One resource amount as Kubernetes writes it: `1930m`, `6903Mi`, `8`. */
export function formatAmount(resource: string, amount: number): string {
  if (resource === 'cpu') return formatCpu(amount);
  if (BYTES.test(resource)) return formatBytes(Math.round(amount));
  return String(amount);
}

/** Karpenter's `resources.String`: a JSON object of quantities, keys sorted. */
export function resourcesString(list: ResourceList): string {
  const entries = Object.keys(list)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(formatAmount(k, list[k] ?? 0))}`);
  return `{${entries.join(',')}}`;
}
