import type { ResourceList } from '../../karpenter/catalog/resources';
import { describeRequirements, type Requirements } from '../../karpenter/requirements/requirements';
import { hasIntersection, isNegative } from '../../karpenter/requirements/requirement';
import { hostPortsConflict } from '../pods/hostPorts';
import type { TypeOption } from '../pools/typeOption';
import type { PreparedPod } from './preparedPod';
import { formatAmount } from '../../lib/quantity';
import { resourcesString } from './quantities';
import type { Refusal } from './refusal';

/**
 * The type is compatible with the NodeClaim's requirements after the pod joined them. Only the
 * keys the pod brings can have changed, so only those are compared (Intersects: keys on both
 * sides; both negative is fine).
 */
function compatibleOn(option: TypeOption, merged: Requirements, keys: readonly string[]): boolean {
  for (const key of keys) {
    const ofType = option.requirements.get(key);
    const wanted = merged.get(key);
    if (!ofType || !wanted) continue;
    if (!hasIntersection(ofType, wanted) && !(isNegative(ofType) && isNegative(wanted))) {
      return false;
    }
  }
  return true;
}

/** How many more of this pod the type holds on top of `base` (0 when not even one). */
function room(option: TypeOption, base: ResourceList, pod: PreparedPod): number {
  let cap = Number.POSITIVE_INFINITY;
  const { allocatable, daemonOverhead } = option;
  for (const r of pod.requested) {
    const free = (allocatable[r] ?? 0) - (daemonOverhead[r] ?? 0) - (base[r] ?? 0);
    const n = Math.floor(free / (pod.requests[r] ?? 1) + 1e-9);
    if (n < cap) cap = n;
    if (cap <= 0) return 0;
  }
  for (const r in daemonOverhead) {
    if ((daemonOverhead[r] ?? 0) + (base[r] ?? 0) > (allocatable[r] ?? 0)) return 0;
  }
  return cap;
}

/** Scratch space for `roomsOfClasses`: a call's rooms are those stamped with its number. */
let stamp = 0;
let stamps = new Int32Array(512);
let roomOf = new Float64Array(512);

/** `room`, worked out once per fit class (fitClass.ts) for the duration of one filtering pass. */
function roomsOfClasses(): {
  of: (option: TypeOption, base: ResourceList, pod: PreparedPod) => number;
} {
  stamp += 1;
  const now = stamp;
  return {
    of(option, base, pod) {
      const fit = option.fit;
      if (fit >= stamps.length) {
        const size = Math.max(fit + 1, stamps.length * 2);
        const grownStamps = new Int32Array(size);
        grownStamps.set(stamps);
        const grownRooms = new Float64Array(size);
        grownRooms.set(roomOf);
        stamps = grownStamps;
        roomOf = grownRooms;
      }
      if (stamps[fit] === now) return roomOf[fit] ?? 0;
      const cap = room(option, base, pod);
      stamps[fit] = now;
      roomOf[fit] = cap;
      return cap;
    },
  };
}

/** A DaemonSet on this type already binds one of the pod's host ports (HostPortUsage.Conflicts). */
function portsTaken(option: TypeOption, pod: PreparedPod): boolean {
  if (pod.hostPorts.length === 0 || option.daemonHostPorts.length === 0) return false;
  return pod.hostPorts.some((p) => option.daemonHostPorts.some((d) => hostPortsConflict(p, d)));
}

export interface Survivors {
  options: TypeOption[];
  /** Per survivor, how many of this pod it holds in all (at least 1). */
  caps: number[];
}

/**
 * Spec 1.6 step 5: keep the types that meet the requirements, have room for what the NodeClaim
 * already holds plus this pod plus their DaemonSet overhead, and have an offering.
 */
export function survivors(
  options: readonly TypeOption[],
  merged: Requirements,
  base: ResourceList,
  pod: PreparedPod,
): Survivors {
  const keys = [...pod.requirements.keys()];
  const kept: TypeOption[] = [];
  const caps: number[] = [];
  const rooms = roomsOfClasses();
  for (const option of options) {
    if (!compatibleOn(option, merged, keys)) continue;
    if (portsTaken(option, pod)) continue;
    const cap = rooms.of(option, base, pod);
    if (cap < 1) continue;
    kept.push(option);
    caps.push(cap);
  }
  return { options: kept, caps };
}

/**
 * Karpenter's InstanceTypeFilterError for an empty result (nodeclaim.go :: Error): which of the
 * three criteria no type met, alone or in pairs, with the NodeClaim requirements and requests,
 * and in plain words what is missing, naming the largest type the pool allows.
 */
export function instanceTypeRefusal(
  options: readonly TypeOption[],
  merged: Requirements,
  base: ResourceList,
  pod: PreparedPod,
  hasOffering: boolean,
): Refusal {
  const keys = [...pod.requirements.keys()];
  let requirementsMet = false;
  let fits = false;
  let requirementsAndFits = false;
  const compatible: TypeOption[] = [];
  let blockedPort: TypeOption | undefined;
  for (const option of options) {
    // Karpenter skips a DaemonSet group whose host ports clash before judging its types.
    if (portsTaken(option, pod)) {
      blockedPort ??= option;
      continue;
    }
    const compat = compatibleOn(option, merged, keys);
    const fit = room(option, base, pod) >= 1;
    requirementsMet ||= compat;
    fits ||= fit;
    requirementsAndFits ||= compat && fit;
    if (compat) compatible.push(option);
  }
  const total: Record<string, number> = { ...base };
  for (const r in pod.requests) total[r] = (total[r] ?? 0) + (pod.requests[r] ?? 0);
  const tail = `requirements=${describeRequirements(merged)}, resources=${resourcesString(total)}`;
  let head: string;
  if (!requirementsMet && !fits && !hasOffering)
    head =
      'no instance type met the scheduling requirements or had enough resources or had a required offering';
  else if (!requirementsMet && !fits)
    head = 'no instance type met the scheduling requirements or had enough resources';
  else if (!requirementsMet && !hasOffering)
    head = 'no instance type met the scheduling requirements or had a required offering';
  else if (!fits && !hasOffering)
    head = 'no instance type had enough resources or had a required offering';
  else if (!requirementsMet) head = 'no instance type met all requirements';
  else if (!fits) head = 'no instance type has enough resources';
  else if (!hasOffering) head = 'no instance type has the required offering';
  else if (requirementsAndFits)
    head =
      'no instance type which met the scheduling requirements and had enough resources, had a required offering';
  else head = 'no instance type met the requirements/resources/offering tuple';
  const cpuTypo = (total['cpu'] ?? 0) >= 1e6 ? ' (CPU request >= 1 Million, m vs M typo?)' : '';
  const port = blockedPort && compatible.length === 0 ? portClash(blockedPort, pod) : undefined;
  return {
    check: 'instance-types',
    message: `${head}, ${tail}${!fits && requirementsMet && hasOffering ? cpuTypo : ''}`,
    explanation:
      port ?? explain(requirementsMet ? compatible : options, total, requirementsMet, hasOffering),
    fix: port
      ? 'Use another host port, or keep that DaemonSet off this pool.'
      : !requirementsMet
        ? 'Widen the pool’s requirements, or change the pod’s node selector or affinity.'
        : !hasOffering
          ? 'Allow spot or on-demand in karpenter.sh/capacity-type.'
          : 'Allow larger instance types in the pool, or lower the pod’s requests.',
    path: 'spec.template.spec.requirements',
  };
}

function portClash(option: TypeOption, pod: PreparedPod): string {
  const clash = pod.hostPorts.find((p) =>
    option.daemonHostPorts.some((d) => hostPortsConflict(p, d)),
  );
  const port = clash ? `${clash.port}/${clash.protocol}` : 'a host port';
  return `The pod binds host port ${port}, which a DaemonSet of this pool (${option.daemonSets.join(', ')}) already binds on every node.`;
}

/** What is missing, in plain words: the largest allowed type and the resource it lacks. */
function explain(
  options: readonly TypeOption[],
  total: ResourceList,
  requirementsMet: boolean,
  hasOffering: boolean,
): string {
  if (!requirementsMet) {
    return 'Every instance type this pool allows conflicts with what the pod asks for (its node selector or affinity).';
  }
  if (!hasOffering) {
    return 'The pod and the pool together allow no capacity type the designer can launch (spot or on-demand).';
  }
  for (const r of Object.keys(total)) {
    const need = total[r] ?? 0;
    if (need <= 0) continue;
    let best: TypeOption | undefined;
    let most = Number.NEGATIVE_INFINITY;
    for (const o of options) {
      const free = (o.allocatable[r] ?? 0) - (o.daemonOverhead[r] ?? 0);
      if (free > most) {
        most = free;
        best = o;
      }
    }
    if (best && need > most && !options.some((o) => (o.allocatable[r] ?? 0) > 0)) {
      return `Needs ${formatAmount(r, need)} ${r}; no instance type this pool allows has any.`;
    }
    if (best && need > most) {
      const has = Math.max(0, most);
      const overhead = best.daemonOverhead[r] ?? 0;
      const after = overhead > 0 ? ` after ${formatAmount(r, overhead)} of DaemonSets` : '';
      return `Needs ${formatAmount(r, need)} ${r}; the largest type this pool allows, ${best.type.name}, has ${formatAmount(r, has)}${after}.`;
    }
  }
  return 'No single instance type the pool allows has room for all of these requests at once.';
}
