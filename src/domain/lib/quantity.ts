/**
 * Kubernetes resource quantities (k8s.io/apimachinery resource.Quantity) as plain numbers of the
 * base unit: cores for cpu, bytes for memory and storage, a count for the rest. Binary suffixes
 * (Ki..Ei) are powers of 1024, decimal ones (k..E) powers of 1000, `m` is 1/1000 and `e`/`E`
 * with digits is an exponent. A double holds every value the designer meets exactly enough: the
 * largest is a few PB of instance store (< 2^53 bytes).
 */
const SUFFIXES: Readonly<Record<string, number>> = {
  '': 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

const QUANTITY =
  /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E))?$/;

/**
 * The quantity's value in base units, or undefined when the value as written is not a quantity
 * (a boolean or a map in a hand-written manifest, which the CRD's schema refuses).
 */
export function parseQuantity(text: unknown): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) ? text : undefined;
  if (typeof text !== 'string') return undefined;
  const match = QUANTITY.exec(text.trim());
  if (!match) return undefined;
  const [, digits = '', exponent, suffix = ''] = match;
  const value = Number(digits) * (exponent ? 10 ** Number(exponent.slice(1)) : SUFFIXES[suffix]!);
  return Number.isFinite(value) ? value : undefined;
}

const MI = 2 ** 20;
const GI = 2 ** 30;

/** Bytes as Kubernetes prints allocatable: whole Gi, else whole Mi, else Ki or bytes. */
export function formatBytes(bytes: number): string {
  if (bytes % GI === 0) return `${bytes / GI}Gi`;
  if (bytes % MI === 0) return `${bytes / MI}Mi`;
  if (bytes % 1024 === 0) return `${bytes / 1024}Ki`;
  return String(bytes);
}

/** Cores as millicores text: 1.93 -> 1930m, 2 -> 2. */
export function formatCpu(cores: number): string {
  const milli = Math.round(cores * 1000);
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}

const BYTES = /^(memory|ephemeral-storage|hugepages-.*)$/;

/** One amount of a resource as Kubernetes writes it: `1930m`, `6903Mi`, `8`. */
export function formatAmount(resource: string, amount: number): string {
  if (resource === 'cpu') return formatCpu(amount);
  if (BYTES.test(resource)) return formatBytes(Math.round(amount));
  return String(amount);
}
