/**
 * EC2 instance types that carry a MIG-capable GPU, with how many: Karpenter's generated
 * instance type reference (aws/karpenter-provider-aws, website/content/en/preview/reference/
 * instance-types.md) and the EKS MIG guide, as collected in shared/reference/mig/NOTES.md 4.1.
 * p6e-gb200 is not in Karpenter's list; it is here so a GB200 layout can name its instances.
 */
import type { GpuModelId } from './gpuModels';

export interface GpuInstanceType {
  /** `node.kubernetes.io/instance-type`. */
  name: string;
  /** `karpenter.k8s.aws/instance-family`. */
  family: string;
  gpu: GpuModelId;
  /** GPUs per instance (`karpenter.k8s.aws/instance-gpu-count`). */
  gpus: number;
  /** vCPUs and memory in GiB, where Karpenter's reference lists the type. */
  vcpu?: number;
  memoryGiB?: number;
}

function sizes(
  family: string,
  gpu: GpuModelId,
  rows: readonly [size: string, gpus: number, vcpu: number, memoryGiB: number][],
): GpuInstanceType[] {
  return rows.map(([size, gpus, vcpu, memoryGiB]) => ({
    name: `${family}.${size}`,
    family,
    gpu,
    gpus,
    vcpu,
    memoryGiB,
  }));
}

export const GPU_INSTANCE_TYPES: readonly GpuInstanceType[] = [
  ...sizes('p4d', 'a100-40gb', [['24xlarge', 8, 96, 1152]]),
  ...sizes('p4de', 'a100-80gb', [['24xlarge', 8, 96, 1152]]),
  ...sizes('p5', 'h100-80gb', [
    ['4xlarge', 1, 16, 256],
    ['48xlarge', 8, 192, 2048],
  ]),
  ...sizes('p5e', 'h200-141gb', [['48xlarge', 8, 192, 2048]]),
  ...sizes('p5en', 'h200-141gb', [['48xlarge', 8, 192, 2048]]),
  ...sizes('p6-b200', 'b200-180gb', [['48xlarge', 8, 192, 2048]]),
  ...sizes('p6-b300', 'b300-269gb', [['48xlarge', 8, 192, 4096]]),
  { name: 'p6e-gb200.36xlarge', family: 'p6e-gb200', gpu: 'gb200-186gb', gpus: 4 },
  ...sizes('g7e', 'rtx-pro-6000-96gb', [
    ['2xlarge', 1, 8, 64],
    ['4xlarge', 1, 16, 128],
    ['8xlarge', 1, 32, 256],
    ['12xlarge', 2, 48, 512],
    ['24xlarge', 4, 96, 1024],
    ['48xlarge', 8, 192, 2048],
  ]),
  ...sizes('g7', 'rtx-pro-4500-32gb', [
    ['2xlarge', 1, 8, 32],
    ['4xlarge', 1, 16, 64],
    ['8xlarge', 1, 32, 128],
    ['12xlarge', 2, 48, 192],
    ['24xlarge', 4, 96, 384],
    ['48xlarge', 8, 192, 768],
  ]),
];

export function instanceTypesWithGpu(gpu: GpuModelId): GpuInstanceType[] {
  return GPU_INSTANCE_TYPES.filter((t) => t.gpu === gpu);
}

/**
 * Families whose NVIDIA GPU has no MIG: AWS says "MIG is not available on the g5, g6, or g6e
 * families"; T4, V100, K80, M60 predate it; A10G, L4 and L40S are not MIG parts although some
 * are Ampere or newer (NOTES.md 4.2). The value names the GPU for messages.
 */
export const NOT_MIG_CAPABLE: Readonly<Record<string, string>> = {
  g3: 'NVIDIA M60',
  g3s: 'NVIDIA M60',
  g4dn: 'NVIDIA T4',
  g4ad: 'AMD Radeon Pro V520',
  g5: 'NVIDIA A10G',
  g5g: 'NVIDIA T4G',
  g6: 'NVIDIA L4',
  gr6: 'NVIDIA L4',
  g6f: 'a fractional NVIDIA L4',
  gr6f: 'a fractional NVIDIA L4',
  g6e: 'NVIDIA L40S',
  p2: 'NVIDIA K80',
  p3: 'NVIDIA V100',
  p3dn: 'NVIDIA V100',
};
