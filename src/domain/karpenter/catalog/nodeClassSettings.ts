/**
 * What of an EC2NodeClass changes an instance type's capacity and overhead, resolved once per
 * class the way Karpenter v1.14.1's AWS provider reads it (aws pkg/providers/instancetype/types.go
 * :: DefaultResolver.Resolve, NewInstanceType; pkg/providers/amifamily/*.go; spec sections 2.2-2.4).
 * The result is memoised per spec object, so allocatable.ts can memoise per settings object.
 */
import { parseQuantity } from '../../lib/quantity';
import { AMI_FAMILIES, type BlockDeviceMapping, type EC2NodeClassSpec } from '../model/types';
import type { AmiFamily } from '../facts/amiFamilies';
import type { ResourceList } from './resources';

/** A kubelet `evictionHard` value: a quantity in bytes, or a percentage of capacity. */
export type EvictionThreshold = { readonly bytes: number } | { readonly percent: number };

/**
 * Karpenter's own flags (controller environment, not the EC2NodeClass) that change allocatable:
 * `RESERVED_ENIS` (`--reserved-enis`, default 0; 1 with custom networking) and
 * `VM_MEMORY_OVERHEAD_PERCENT` (default 0.075), pkg/operator/options/options.go.
 */
export interface KarpenterOptions {
  readonly reservedEnis: number;
  readonly vmMemoryOverheadPercent: number;
}

export const DEFAULT_KARPENTER_OPTIONS: KarpenterOptions = Object.freeze({
  reservedEnis: 0,
  vmMemoryOverheadPercent: 0.075,
});

export interface NodeClassSettings {
  /** The family whose rules apply: AL2 stands for a family name Karpenter does not know. */
  readonly amiFamily: AmiFamily;
  /** `FeatureFlags.SupportsENILimitedPodDensity`: false on Windows, whose default is 110 pods. */
  readonly eniLimitedPodDensity: boolean;
  /** `FeatureFlags.PodsPerCoreEnabled`: Bottlerocket ignores `podsPerCore`. */
  readonly podsPerCoreHonoured: boolean;
  /**
   * `FeatureFlags.UsesENILimitedMemoryOverhead` (AL2, AL2023, Custom): kube-reserved memory counts
   * the ENI-limited pods with no reserved ENIs, whatever `maxPods` says.
   */
  readonly kubeReservedFromEniPods: boolean;
  readonly maxPods: number | undefined;
  readonly podsPerCore: number | undefined;
  /** User `kubelet.kubeReserved`, parsed; each key replaces Karpenter's default for that key. */
  readonly kubeReserved: ResourceList;
  readonly systemReserved: ResourceList;
  /**
   * `evictionHard` `memory.available` and `nodefs.available`. `evictionSoft` is ignored: Karpenter
   * computes allocatable from the hard thresholds only, a soft one being a warning level
   * (types.go :: evictionThreshold, "evictionSoft should not impact allocatable capacity").
   */
  readonly evictionHardMemory: EvictionThreshold | undefined;
  readonly evictionHardNodefs: EvictionThreshold | undefined;
  /** `instanceStorePolicy: RAID0`: ephemeral storage is the instance store where the type has one. */
  readonly instanceStoreRaid0: boolean;
  /** Ephemeral storage in bytes otherwise: the block device mappings' size or the family default. */
  readonly volumeBytes: number;
  /**
   * `efa-only` entries of `networkInterfaces`, undefined when the field is unset: then the EFA
   * count is EC2's `MaximumEfaInterfaces` (types.go :: efas).
   */
  readonly efaOnlyInterfaces: number | undefined;
  /** `efa-only` interfaces on network card 0: each takes an ENI that cannot carry pod IPs. */
  readonly efaOnlyOnCardZero: number;
  readonly reservedEnis: number;
  readonly vmMemoryOverheadPercent: number;
}

const GI = 2 ** 30;

interface FamilyRules {
  eniLimitedPodDensity: boolean;
  podsPerCoreHonoured: boolean;
  kubeReservedFromEniPods: boolean;
  /** `EphemeralBlockDevice()`: the mapping whose size is ephemeral storage (none for Custom). */
  ephemeralDevice: string | undefined;
  /** Size of that device in `DefaultBlockDeviceMappings()`, else `DefaultEBS` (20Gi). */
  defaultVolumeBytes: number;
}

const LINUX: FamilyRules = {
  eniLimitedPodDensity: true,
  podsPerCoreHonoured: true,
  kubeReservedFromEniPods: true,
  ephemeralDevice: '/dev/xvda',
  defaultVolumeBytes: 20 * GI,
};
const WINDOWS: FamilyRules = {
  eniLimitedPodDensity: false,
  podsPerCoreHonoured: true,
  kubeReservedFromEniPods: false,
  ephemeralDevice: '/dev/sda1',
  defaultVolumeBytes: 50 * GI,
};

/** FeatureFlags and block devices per family (pkg/providers/amifamily/{al2,al2023,...}.go). */
const FAMILY_RULES: Readonly<Record<AmiFamily, FamilyRules>> = {
  AL2: LINUX,
  AL2023: LINUX,
  // The 20Gi data volume /dev/xvdb holds pods; /dev/xvda (4Gi) is the OS.
  Bottlerocket: {
    eniLimitedPodDensity: true,
    podsPerCoreHonoured: false,
    kubeReservedFromEniPods: false,
    ephemeralDevice: '/dev/xvdb',
    defaultVolumeBytes: 20 * GI,
  },
  Windows2019: WINDOWS,
  Windows2022: WINDOWS,
  Windows2025: WINDOWS,
  Custom: { ...LINUX, ephemeralDevice: undefined },
};

function knownFamily(name: string): AmiFamily | undefined {
  return AMI_FAMILIES.find((family) => family.toLowerCase() === name.toLowerCase());
}

/**
 * `EC2NodeClass.AMIFamily()`: `spec.amiFamily`, else the family of the first `alias` term
 * (`al2023@latest`), else Custom; then `GetAMIFamily` treats any name it does not know as AL2.
 */
function resolveAmiFamily(spec: EC2NodeClassSpec): AmiFamily {
  if (typeof spec.amiFamily === 'string') {
    return AMI_FAMILIES.find((family) => family === spec.amiFamily) ?? 'AL2';
  }
  const alias = (spec.amiSelectorTerms ?? []).find(
    (term) => typeof term.alias === 'string' && term.alias !== '',
  )?.alias;
  if (alias === undefined) return 'Custom';
  return knownFamily(alias.split('@')[0] ?? '') ?? 'AL2';
}

function volumeSize(mapping: BlockDeviceMapping | undefined): number | undefined {
  return parseQuantity(mapping?.ebs?.volumeSize);
}

/** types.go :: ephemeralStorage, without the RAID0 branch (which depends on the type). */
function resolveVolumeBytes(family: AmiFamily, mappings: readonly BlockDeviceMapping[]): number {
  const rules = FAMILY_RULES[family];
  if (mappings.length > 0) {
    const root = volumeSize(mappings.find((mapping) => mapping.rootVolume === true));
    if (root !== undefined) return root;
    if (family === 'Custom') {
      // Karpenter cannot know which volume a custom AMI uses: it takes the last one.
      return volumeSize(mappings[mappings.length - 1]) ?? rules.defaultVolumeBytes;
    }
    const device = volumeSize(
      mappings.find((mapping) => mapping.deviceName === rules.ephemeralDevice),
    );
    if (device !== undefined) return device;
  }
  return rules.defaultVolumeBytes;
}

/** types.go :: computeEvictionSignal; "100%" disables the threshold, so it counts as 0. */
function evictionThreshold(value: string | undefined): EvictionThreshold | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.endsWith('%')) {
    const percent = Number(value.replace(/^%+|%+$/g, ''));
    if (!Number.isFinite(percent)) return undefined;
    return { percent: percent === 100 ? 0 : percent };
  }
  const bytes = parseQuantity(value);
  return bytes === undefined ? undefined : { bytes };
}

function quantities(map: Record<string, string> | undefined): ResourceList {
  const parsed: Record<string, number> = {};
  for (const [key, value] of Object.entries(map ?? {})) {
    const amount = parseQuantity(value);
    if (amount !== undefined) parsed[key] = amount;
  }
  return Object.freeze(parsed);
}

function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

function resolve(spec: EC2NodeClassSpec, options: KarpenterOptions): NodeClassSettings {
  const amiFamily = resolveAmiFamily(spec);
  const rules = FAMILY_RULES[amiFamily];
  const kubelet = spec.kubelet ?? {};
  const interfaces = Array.isArray(spec.networkInterfaces) ? spec.networkInterfaces : undefined;
  const efaOnly = interfaces?.filter((nic) => nic.interfaceType === 'efa-only');
  return Object.freeze({
    amiFamily,
    eniLimitedPodDensity: rules.eniLimitedPodDensity,
    podsPerCoreHonoured: rules.podsPerCoreHonoured,
    kubeReservedFromEniPods: rules.kubeReservedFromEniPods,
    maxPods: wholeNumber(kubelet.maxPods),
    podsPerCore: wholeNumber(kubelet.podsPerCore),
    kubeReserved: quantities(kubelet.kubeReserved),
    systemReserved: quantities(kubelet.systemReserved),
    evictionHardMemory: evictionThreshold(kubelet.evictionHard?.['memory.available']),
    evictionHardNodefs: evictionThreshold(kubelet.evictionHard?.['nodefs.available']),
    instanceStoreRaid0: spec.instanceStorePolicy === 'RAID0',
    volumeBytes: resolveVolumeBytes(
      amiFamily,
      Array.isArray(spec.blockDeviceMappings) ? spec.blockDeviceMappings : [],
    ),
    efaOnlyInterfaces: efaOnly?.length,
    efaOnlyOnCardZero: efaOnly?.filter((nic) => nic.networkCardIndex === 0).length ?? 0,
    reservedEnis: options.reservedEnis,
    vmMemoryOverheadPercent: options.vmMemoryOverheadPercent,
  });
}

/** The reference page's assumptions: AL2023 (`al2023@latest`), no overrides, no block devices. */
export const DEFAULT_NODE_CLASS_SETTINGS: NodeClassSettings = resolve(
  {
    amiSelectorTerms: [{ alias: 'al2023@latest' }],
    subnetSelectorTerms: [],
    securityGroupSelectorTerms: [],
  },
  DEFAULT_KARPENTER_OPTIONS,
);

function optionsKey(options: KarpenterOptions): string {
  return `${options.reservedEnis}/${options.vmMemoryOverheadPercent}`;
}

const DEFAULT_OPTIONS_KEY = optionsKey(DEFAULT_KARPENTER_OPTIONS);
const bySpec = new WeakMap<EC2NodeClassSpec, Map<string, NodeClassSettings>>();
const withoutSpec = new Map<string, NodeClassSettings>();

/**
 * One object per distinct value. A repository often repeats one class setup under many names (a
 * class per team), and the capacity of 1,363 types is memoised per settings object: sharing it
 * spares recomputing the same capacities for every such class. Numbers and unset fields are
 * spelled out, so no two different settings share a key.
 */
const byValue = new Map<string, NodeClassSettings>();

function interned(settings: NodeClassSettings): NodeClassSettings {
  const key = JSON.stringify(settings, (_, value: unknown) =>
    typeof value === 'number' ? `n${value}` : value === undefined ? 'undefined' : value,
  );
  const known = byValue.get(key);
  if (known) return known;
  byValue.set(key, settings);
  return settings;
}

/**
 * The settings of an EC2NodeClass, the same object for the same spec object and options, and for
 * specs that resolve to the same settings (callers memoise on it). No spec (a NodePool whose class is not in the design) gives the defaults.
 */
export function nodeClassSettings(
  spec: EC2NodeClassSpec | undefined,
  options: KarpenterOptions = DEFAULT_KARPENTER_OPTIONS,
): NodeClassSettings {
  const key = optionsKey(options);
  if (spec === undefined && key === DEFAULT_OPTIONS_KEY) return DEFAULT_NODE_CLASS_SETTINGS;
  let memo = spec === undefined ? withoutSpec : bySpec.get(spec);
  if (memo === undefined) {
    memo = new Map();
    if (spec !== undefined) bySpec.set(spec, memo);
  }
  let settings = memo.get(key);
  if (settings === undefined) {
    settings =
      spec === undefined
        ? Object.freeze({ ...DEFAULT_NODE_CLASS_SETTINGS, ...options })
        : interned(resolve(spec, options));
    memo.set(key, settings);
  }
  return settings;
}
