/**
 * Capacity, overhead and allocatable of an instance type under an EC2NodeClass, as Karpenter
 * v1.14.1's AWS provider computes them (aws pkg/providers/instancetype/types.go :: NewInstanceType,
 * computeCapacity, kubeReservedResources, evictionThreshold, pods, ENILimitedPods; core
 * pkg/cloudprovider/types.go :: computeAllocatable; spec sections 2.2-2.5). The arithmetic keeps
 * Go's float64 order of operations so every rounding lands where Karpenter's does. Results are
 * memoised per (settings object, type): the scheduler asks for every type under every class.
 */
import type { InstanceType } from './instanceType';
import type { NodeClassSettings } from './nodeClassSettings';
import { subtractResources, type ResourceList } from './resources';

const MI = 2 ** 20;

/** Karpenter's overhead, by where it comes from (cloudprovider.InstanceTypeOverhead). */
export interface InstanceTypeOverhead {
  readonly kubeReserved: ResourceList;
  readonly systemReserved: ResourceList;
  readonly evictionThreshold: ResourceList;
  /** `Overhead.Total()`: the three summed per key. */
  readonly total: ResourceList;
}

interface Resolved {
  capacity: ResourceList;
  overhead: InstanceTypeOverhead;
  allocatable: ResourceList;
}

/**
 * `ENILimitedPods`: the VPC CNI gives pods IPs on the default network card only, one IP per ENI
 * being the ENI's own: `usable × (IPv4 per ENI − 1) + 2`, usable = that card's ENIs minus the
 * reserved ones and the `efa-only` interfaces on card 0 (they carry no IP), never below 0.
 * Types missing from Karpenter's generated VPC limits have their ENIs read from EC2 at run time;
 * for them the reference page's value is all there is, so reserved and EFA ENIs cannot be taken off.
 */
export function eniLimitedPods(
  type: InstanceType,
  reservedEnis = 0,
  efaOnlyOnCardZero = 0,
): number {
  const eni = type.eni;
  if (eni === undefined) return type.podsWithoutEniFacts ?? 0;
  const usable = Math.max(eni.defaultCardEnis - reservedEnis - efaOnlyOnCardZero, 0);
  return usable === 0 ? 0 : usable * (eni.ipv4PerEni - 1) + 2;
}

/** types.go :: pods: `maxPods`, else ENI-limited (110 on Windows), capped by `podsPerCore`. */
export function maxPodsOf(type: InstanceType, settings: NodeClassSettings): number {
  let count =
    settings.maxPods ??
    (settings.eniLimitedPodDensity
      ? eniLimitedPods(type, settings.reservedEnis, settings.efaOnlyOnCardZero)
      : 110);
  if (settings.podsPerCore !== undefined && settings.podsPerCore > 0) {
    if (settings.podsPerCoreHonoured) count = Math.min(settings.podsPerCore * type.vcpus, count);
  }
  return count;
}

/** types.go :: memory: Graviton keeps 64 MiB for CMA, then the VM overhead estimate, in whole MiB. */
function memoryCapacity(type: InstanceType, settings: NodeClassSettings): number {
  const bytes = (type.memoryMiB - (type.arch === 'arm64' ? 64 : 0)) * MI;
  return bytes - Math.ceil((bytes * settings.vmMemoryOverheadPercent) / 1024 / 1024) * MI;
}

/** types.go :: ephemeralStorage: RAID0 over the instance store counts decimal GB. */
function ephemeralCapacity(type: InstanceType, settings: NodeClassSettings): number {
  if (settings.instanceStoreRaid0 && type.localNvmeGB !== undefined) return type.localNvmeGB * 1e9;
  return settings.volumeBytes;
}

function computeCapacity(type: InstanceType, settings: NodeClassSettings): ResourceList {
  const capacity: Record<string, number> = {
    cpu: type.vcpus,
    memory: memoryCapacity(type, settings),
    'ephemeral-storage': ephemeralCapacity(type, settings),
    pods: maxPodsOf(type, settings),
  };
  for (const [key, count] of Object.entries(type.extended)) capacity[key] = count;
  // `networkInterfaces`, once set, replace EC2's EFA count with their efa-only entries (efas).
  if (settings.efaOnlyInterfaces !== undefined) {
    capacity['vpc.amazonaws.com/efa'] = settings.efaOnlyInterfaces;
  }
  // awsPodENI: branch ENIs for security groups for pods, on trunking-capable types only.
  if (type.eni?.trunking) capacity['vpc.amazonaws.com/pod-eni'] = type.eni.branchEnis;
  // privateIPv4Address: Windows nodes get secondary IPs from the VPC resource controller; an
  // arm64 type has no Windows OS value, so Karpenter adds nothing there.
  if (settings.amiFamily.startsWith('Windows') && type.arch === 'amd64' && type.eni) {
    capacity['vpc.amazonaws.com/PrivateIPv4Address'] = type.eni.ipv4PerEni - 1;
  }
  // Zero counts are left out: a missing key is zero wherever a list is read (resources.ts).
  for (const key of Object.keys(capacity)) if (capacity[key] === 0) delete capacity[key];
  return capacity;
}

/** Karpenter's CPU tiers in millicores, each tier's share truncated to a whole millicore. */
const CPU_TIERS: readonly (readonly [number, number, number])[] = [
  [0, 1000, 0.06],
  [1000, 2000, 0.01],
  [2000, 4000, 0.005],
  [4000, 2 ** 31, 0.0025],
];

function kubeReservedCpuMillis(vcpus: number): number {
  const cpu = vcpus * 1000;
  let millis = 0;
  for (const [start, end, share] of CPU_TIERS) {
    if (cpu >= start) millis += Math.trunc((cpu < end ? cpu - start : end - start) * share);
  }
  return millis;
}

function kubeReserved(type: InstanceType, settings: NodeClassSettings): ResourceList {
  const pods = settings.kubeReservedFromEniPods
    ? eniLimitedPods(type, 0, settings.efaOnlyOnCardZero)
    : maxPodsOf(type, settings);
  return {
    cpu: kubeReservedCpuMillis(type.vcpus) / 1000,
    memory: (11 * pods + 255) * MI,
    'ephemeral-storage': 2 ** 30,
    ...settings.kubeReserved,
  };
}

/** `ceil(capacity / 100 × p)`, Go's float64 order, as computeEvictionSignal does it. */
function percentOf(capacity: number, percent: number): number {
  return Math.ceil((capacity / 100) * percent);
}

function evictionThreshold(capacity: ResourceList, settings: NodeClassSettings): ResourceList {
  const memory = capacity.memory ?? 0;
  const storage = capacity['ephemeral-storage'] ?? 0;
  const hardMemory = settings.evictionHardMemory;
  const hardNodefs = settings.evictionHardNodefs;
  return {
    memory:
      hardMemory === undefined
        ? 100 * MI
        : 'bytes' in hardMemory
          ? hardMemory.bytes
          : percentOf(memory, hardMemory.percent),
    'ephemeral-storage':
      hardNodefs === undefined
        ? percentOf(storage, 10)
        : 'bytes' in hardNodefs
          ? hardNodefs.bytes
          : percentOf(storage, hardNodefs.percent),
  };
}

function sum(lists: readonly ResourceList[]): ResourceList {
  const total: Record<string, number> = {};
  for (const list of lists) for (const key in list) total[key] = (total[key] ?? 0) + list[key]!;
  return total;
}

/**
 * computeAllocatable: capacity − overhead over the capacity's keys; hugepages come out of memory,
 * which then stops at 0. CPU is rounded to the nanocore so 2 − 0.07 reads 1.93, not 1.9299….
 * Exported for NodeOverlays, whose capacity (hugepages, MIG slices) joins the type's.
 */
export function allocatableFrom(capacity: ResourceList, overhead: ResourceList): ResourceList {
  const allocatable: Record<string, number> = { ...subtractResources(capacity, overhead) };
  for (const key in capacity) {
    if (key.startsWith('hugepages-')) {
      allocatable.memory = Math.max((allocatable.memory ?? 0) - capacity[key]!, 0);
    }
  }
  if (allocatable.cpu !== undefined) allocatable.cpu = Math.round(allocatable.cpu * 1e9) / 1e9;
  return allocatable;
}

function resolveType(type: InstanceType, settings: NodeClassSettings): Resolved {
  const capacity = Object.freeze(computeCapacity(type, settings));
  const kube = Object.freeze(kubeReserved(type, settings));
  const eviction = Object.freeze(evictionThreshold(capacity, settings));
  const total = Object.freeze(sum([kube, settings.systemReserved, eviction]));
  return {
    capacity,
    overhead: Object.freeze({
      kubeReserved: kube,
      systemReserved: settings.systemReserved,
      evictionThreshold: eviction,
      total,
    }),
    allocatable: Object.freeze(allocatableFrom(capacity, total)),
  };
}

const memo = new WeakMap<NodeClassSettings, Map<InstanceType, Resolved>>();

function resolved(type: InstanceType, settings: NodeClassSettings): Resolved {
  let byType = memo.get(settings);
  if (byType === undefined) {
    byType = new Map();
    memo.set(settings, byType);
  }
  let result = byType.get(type);
  if (result === undefined) {
    result = resolveType(type, settings);
    byType.set(type, result);
  }
  return result;
}

/** What the node has before any reservation: what NodePool limits count (spec 1.11). */
export function capacityOf(type: InstanceType, settings: NodeClassSettings): ResourceList {
  return resolved(type, settings).capacity;
}

export function overheadOf(type: InstanceType, settings: NodeClassSettings): InstanceTypeOverhead {
  return resolved(type, settings).overhead;
}

/** What pods may request on the node: what Karpenter fits pods and DaemonSets against. */
export function allocatableOf(type: InstanceType, settings: NodeClassSettings): ResourceList {
  return resolved(type, settings).allocatable;
}
