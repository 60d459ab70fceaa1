/**
 * Resource lists as Karpenter compares them (core pkg/utils/resources/resources.go), in the base
 * units of `parseQuantity`: `cpu` in cores, `memory`, `ephemeral-storage` and `hugepages-*` in
 * bytes, `pods` and extended resources (`nvidia.com/gpu`, `vpc.amazonaws.com/pod-eni`...) as
 * counts. A key that is missing is zero.
 */
export type ResourceList = Readonly<Record<string, number>>;

/**
 * Kubernetes quantities are exact to the milli-unit, doubles are not: 0.1 + 0.2 cores exceeds
 * 0.3. A request over allocatable by less than a millionth of a unit is rounding, not a misfit.
 */
const ROUNDING = 1e-6;

/**
 * `resources.Fits`: no allocatable value is negative (a node whose overhead exceeds its capacity
 * takes nothing, spec 2.5), and every request is at most what is allocatable, a missing key
 * being zero. Loops with `for...in` so the hot path allocates nothing.
 */
export function fits(requests: ResourceList, allocatable: ResourceList): boolean {
  for (const key in allocatable) {
    if (allocatable[key]! < 0) return false;
  }
  for (const key in requests) {
    if (requests[key]! > (allocatable[key] ?? 0) + ROUNDING) return false;
  }
  return true;
}

/** `resources.Merge`: the sum per key over the keys of both lists. */
export function addResources(a: ResourceList, b: ResourceList): ResourceList {
  const sum: Record<string, number> = { ...a };
  for (const key in b) sum[key] = (sum[key] ?? 0) + b[key]!;
  return sum;
}

/** `resources.Subtract`: `a − b` over the keys of `a` only; what `b` alone has is dropped. */
export function subtractResources(a: ResourceList, b: ResourceList): ResourceList {
  const difference: Record<string, number> = {};
  for (const key in a) difference[key] = a[key]! - (b[key] ?? 0);
  return difference;
}
