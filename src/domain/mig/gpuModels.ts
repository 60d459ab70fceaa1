/**
 * The MIG-capable GPU models and the GPU instance profiles each offers. A profile name only
 * means something with its GPU: `1g.10gb` is the smallest slice of an H100 80GB but the
 * double-memory one-slice profile of an A100 40GB. Names, counts, PCI ids and driver minimums
 * are NVIDIA's (MIG User Guide "Supported MIG Profiles", mig-parted's default config), as
 * collected in shared/reference/mig/NOTES.md sections 1.2 and 1.3; Karpenter's GPU labels are
 * from its generated instance type reference (section 4.1).
 */
import {
  F12,
  F12_CLASSES,
  F2,
  F2_CLASSES,
  F4,
  F4_CLASSES,
  F8,
  F8_CLASSES,
  type InstanceClass,
  type PlacementFamily,
} from './placementFamilies';

export interface GpuInstanceProfile {
  /** The name mig-parted and the device plugin use, e.g. `1g.10gb` or `1g.10gb+me`. */
  name: string;
  /** The geometry it shares with profiles of the same shape. */
  shape: InstanceClass;
  /** At most this many on one GPU. */
  max: number;
  /**
   * Takes the GPU's media engines (`+me`, `+me.all`): they exist once per GPU, which is why
   * NVIDIA lists each such profile as "max 1".
   */
  media?: true;
  /** Memory in GB as the name says it, for the slice bar. */
  memoryGb: number;
}

export type GpuModelId =
  | 'a30-24gb'
  | 'a100-40gb'
  | 'a100-80gb'
  | 'h100-80gb'
  | 'h100-94gb'
  | 'h100-96gb'
  | 'h200-141gb'
  | 'b200-180gb'
  | 'gb200-186gb'
  | 'b300-269gb'
  | 'rtx-pro-6000-96gb'
  | 'rtx-pro-4500-32gb';

export interface GpuModel {
  id: GpuModelId;
  /** How people call it. */
  label: string;
  family: PlacementFamily;
  profiles: readonly GpuInstanceProfile[];
  /**
   * PCI ids as mig-parted's `device-filter` writes them (`0x<device><vendor>`), so a generated
   * layout cannot be applied to another GPU by mistake. Empty when NVIDIA's config has none.
   */
  deviceIds: readonly string[];
  /**
   * What Karpenter labels instances with this GPU: `karpenter.k8s.aws/instance-gpu-name` and
   * `instance-gpu-memory` (MiB per GPU). Absent for GPUs no instance in Karpenter's list carries.
   */
  karpenter?: { gpuName: string; memoryMiB: number };
  /** NVIDIA's `all-balanced` mix for this GPU (mig-parted default config). */
  balanced: Readonly<Record<string, number>>;
  /** The oldest driver branch with MIG on this GPU (MIG User Guide, deployment considerations). */
  minDriver: string;
  /** The key Bottlerocket's MIG manager knows this GPU by, when it has one. */
  bottlerocketKey?: string;
  /** A fact a user must know before choosing this GPU. */
  caveat?: string;
}

interface F8Names {
  '1g': string;
  '1g-2m': string;
  '2g': string;
  '3g': string;
  '4g': string;
  '7g': string;
}

const gb = (name: string): number => Number(/\.(\d+)gb/.exec(name)?.[1] ?? 0);

function profile(
  name: string,
  shape: InstanceClass,
  max: number,
  media?: true,
): GpuInstanceProfile {
  return { name, shape, max, memoryGb: gb(name), ...(media ? { media } : {}) };
}

/** The seven profiles every F8 GPU has, by class: NOTES.md 1.3, max 7/1/4/3/2/1/1. */
function f8Profiles(n: F8Names): GpuInstanceProfile[] {
  const c = F8_CLASSES;
  return [
    profile(n['1g'], c['1g'], 7),
    profile(`${n['1g']}+me`, c['1g'], 1, true),
    profile(n['1g-2m'], c['1g-2m'], 4),
    profile(n['2g'], c['2g'], 3),
    profile(n['3g'], c['3g'], 2),
    profile(n['4g'], c['4g'], 1),
    profile(n['7g'], c['7g'], 1),
  ];
}

/** The "3-2-1-1" shape NVIDIA's `all-balanced` uses on seven-slice parts. */
function f8Balanced(n: F8Names): Record<string, number> {
  return { [n['1g']]: 2, [n['2g']]: 1, [n['3g']]: 1 };
}

function f8(
  id: GpuModelId,
  label: string,
  names: F8Names,
  rest: Omit<GpuModel, 'id' | 'label' | 'family' | 'profiles' | 'balanced'>,
): GpuModel {
  return {
    id,
    label,
    family: F8,
    profiles: f8Profiles(names),
    balanced: f8Balanced(names),
    ...rest,
  };
}

const sizes = (s: string): F8Names => {
  const [a, b, c, d, e, f] = s.split(' ') as [string, string, string, string, string, string];
  return { '1g': a, '1g-2m': b, '2g': c, '3g': d, '4g': e, '7g': f };
};

const A30: GpuModel = {
  id: 'a30-24gb',
  label: 'A30 24GB',
  family: F4,
  profiles: [
    profile('1g.6gb', F4_CLASSES['1g'], 4),
    profile('1g.6gb+me', F4_CLASSES['1g'], 1, true),
    profile('2g.12gb', F4_CLASSES['2g'], 2),
    profile('2g.12gb+me', F4_CLASSES['2g'], 1, true),
    profile('4g.24gb', F4_CLASSES['4g'], 1),
  ],
  balanced: { '1g.6gb': 2, '2g.12gb': 1 },
  deviceIds: ['0x20B710DE'],
  minDriver: 'R460',
};

const R6 = F12_CLASSES;
const RTX_PRO_6000: GpuModel = {
  id: 'rtx-pro-6000-96gb',
  label: 'RTX PRO 6000 Blackwell 96GB',
  family: F12,
  profiles: [
    profile('1g.24gb', R6['1g'], 4),
    profile('1g.24gb+gfx', R6['1g'], 4),
    profile('1g.24gb-me', R6['1g'], 4),
    profile('1g.24gb+me', R6['1g'], 1, true),
    profile('1g.24gb+me.all', R6['1g'], 1, true),
    profile('2g.48gb', R6['2g'], 2),
    profile('2g.48gb+gfx', R6['2g'], 2),
    profile('2g.48gb-me', R6['2g'], 2),
    profile('2g.48gb+me.all', R6['2g'], 1, true),
    profile('4g.96gb', R6['4g'], 1),
    profile('4g.96gb+gfx', R6['4g'], 1),
  ],
  balanced: { '1g.24gb': 2, '2g.48gb': 1 },
  deviceIds: ['0x2BB510DE'],
  karpenter: { gpuName: 'rtx-pro-server-6000', memoryMiB: 98304 },
  minDriver: 'R575',
};

const RTX_PRO_4500: GpuModel = {
  id: 'rtx-pro-4500-32gb',
  label: 'RTX PRO 4500 Blackwell 32GB',
  family: F2,
  profiles: [
    profile('1g.16gb', F2_CLASSES['1g'], 2),
    profile('1g.16gb+gfx', F2_CLASSES['1g'], 2),
    profile('1g.16gb-me', F2_CLASSES['1g'], 2),
    profile('1g.16gb+me.all', F2_CLASSES['1g'], 1, true),
    profile('2g.32gb', F2_CLASSES['2g'], 1),
    profile('2g.32gb+gfx', F2_CLASSES['2g'], 1),
  ],
  balanced: {},
  deviceIds: [],
  karpenter: { gpuName: 'rtx-pro-4500', memoryMiB: 32768 },
  minDriver: 'R595',
  caveat:
    'g7 needs NVIDIA driver 595 or newer for MIG; the EKS-optimized accelerated AMIs ship 580, so the EC2NodeClass needs a custom AMI. The placement of its two halves is inferred (no nvidia-smi capture).',
};

export const GPU_MODELS: readonly GpuModel[] = [
  A30,
  f8('a100-40gb', 'A100 40GB', sizes('1g.5gb 1g.10gb 2g.10gb 3g.20gb 4g.20gb 7g.40gb'), {
    deviceIds: ['0x20B010DE', '0x20F110DE'],
    karpenter: { gpuName: 'a100', memoryMiB: 40960 },
    minDriver: 'R450',
    bottlerocketKey: 'a100.40gb',
    caveat:
      'A100 cannot switch MIG mode on a running EC2 instance: the first enable needs a reboot (GPU Operator: set migManager env WITH_REBOOT=true).',
  }),
  f8('a100-80gb', 'A100 80GB', sizes('1g.10gb 1g.20gb 2g.20gb 3g.40gb 4g.40gb 7g.80gb'), {
    deviceIds: ['0x20B210DE', '0x20B510DE'],
    karpenter: { gpuName: 'a100', memoryMiB: 81920 },
    minDriver: 'R450',
    bottlerocketKey: 'a100.80gb',
    caveat:
      'A100 cannot switch MIG mode on a running EC2 instance: the first enable needs a reboot (GPU Operator: set migManager env WITH_REBOOT=true).',
  }),
  f8('h100-80gb', 'H100 80GB', sizes('1g.10gb 1g.20gb 2g.20gb 3g.40gb 4g.40gb 7g.80gb'), {
    deviceIds: ['0x233010DE', '0x233110DE'],
    karpenter: { gpuName: 'h100', memoryMiB: 81920 },
    minDriver: 'R525',
    bottlerocketKey: 'h100.80gb',
  }),
  f8('h100-94gb', 'H100 NVL 94GB', sizes('1g.12gb 1g.24gb 2g.24gb 3g.47gb 4g.47gb 7g.94gb'), {
    deviceIds: ['0x232110DE'],
    minDriver: 'R525',
  }),
  f8('h100-96gb', 'H100 96GB (GH200)', sizes('1g.12gb 1g.24gb 2g.24gb 3g.48gb 4g.48gb 7g.96gb'), {
    deviceIds: ['0x234210DE'],
    minDriver: 'R525',
  }),
  f8('h200-141gb', 'H200 141GB', sizes('1g.18gb 1g.35gb 2g.35gb 3g.71gb 4g.71gb 7g.141gb'), {
    deviceIds: ['0x233510DE'],
    karpenter: { gpuName: 'h200', memoryMiB: 144384 },
    minDriver: 'R550',
    bottlerocketKey: 'h200.141gb',
  }),
  f8('b200-180gb', 'B200 180GB', sizes('1g.23gb 1g.45gb 2g.45gb 3g.90gb 4g.90gb 7g.180gb'), {
    deviceIds: ['0x290110DE'],
    karpenter: { gpuName: 'b200', memoryMiB: 183359 },
    minDriver: 'R570',
    bottlerocketKey: 'b200.180gb',
  }),
  f8('gb200-186gb', 'GB200 186GB', sizes('1g.23gb 1g.47gb 2g.47gb 3g.93gb 4g.93gb 7g.186gb'), {
    deviceIds: ['0x294110DE'],
    minDriver: 'R570',
    caveat:
      'p6e-gb200 exists only in P6e-GB200 UltraServers (Capacity Blocks). EKS AMIs from v20251103 run the driver with CDMM, which disables MIG, and Bottlerocket mistakes GB200 for B200.',
  }),
  f8('b300-269gb', 'B300 269GB', sizes('1g.34gb 1g.67gb 2g.67gb 3g.135gb 4g.135gb 7g.269gb'), {
    deviceIds: ['0x318210DE'],
    karpenter: { gpuName: 'b300', memoryMiB: 275040 },
    minDriver: 'R580',
    caveat:
      'AWS calls the B300 MIG sizes preliminary; check `nvidia-smi mig -lgip` on a node before relying on a layout.',
  }),
  RTX_PRO_6000,
  RTX_PRO_4500,
];

export const DEFAULT_GPU_MODEL: GpuModelId = 'h100-80gb';

export function gpuModel(id: string): GpuModel | undefined {
  return GPU_MODELS.find((g) => g.id === id);
}

export function isGpuModelId(id: unknown): id is GpuModelId {
  return typeof id === 'string' && gpuModel(id) !== undefined;
}

export function profileOf(gpu: GpuModel, name: string): GpuInstanceProfile | undefined {
  return gpu.profiles.find((p) => p.name === name);
}
