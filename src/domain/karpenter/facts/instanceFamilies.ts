/**
 * A small table of EC2 instance families: their CPU architecture and accelerators. Rules use it
 * to tell when a NodePool's requirements leave no instance type Karpenter could launch. A family
 * that is not listed is unknown, and rules then assume nothing about it.
 *
 * Sources:
 * - Karpenter's generated instance type reference (aws/karpenter-provider-aws,
 *   website/content/en/preview/reference/instance-types.md, https://karpenter.sh/docs/reference/instance-types/):
 *   the `kubernetes.io/arch`, `instance-gpu-name` and `instance-gpu-manufacturer` labels of a1,
 *   c1-c5, g3, g3s, g4ad, g4dn, g5, g5g, g6, g6e, gr6, hpc7g, m7i-flex, p2, p3, p3dn, p4d, p5, r3-r5.
 * - The Graviton (arm64) families: the AWS Graviton getting-started guide
 *   (github.com/aws/aws-graviton-getting-started: C6g[d][n], M6g[d], R6g[d], T4g, X2gd, I4g,
 *   Im4gn, Is4gen, G5g, C7g[d][n], M7g[d], R7g[d]) and the eksctl ARM support page
 *   (https://docs.aws.amazon.com/eks/latest/eksctl/arm-support.html: adds m8g, r8g, c8g).
 * - p4de (8x A100 80 GB), p5e and p5en (8x H200), p6-b200 (8x B200): the EC2 accelerated
 *   computing instance specifications (https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html);
 *   their GPU name label follows Karpenter's lower-kebab-case of the EC2 GPU name.
 * - p6-b300, g7e and g7 (RTX PRO Blackwell): shared/reference/mig/
 *   NOTES.md 4.1, with the same GPU name labels as src/domain/mig/gpuModels.ts.
 * - inf1, inf2, trn1, trn1n, trn2 carry AWS Neuron devices (Inferentia, Trainium) on x86 hosts
 *   (same EC2 page); Karpenter exposes them as `aws.amazon.com/neuron`.
 */

export type Architecture = 'amd64' | 'arm64';

export interface GpuFacts {
  manufacturer: 'nvidia' | 'amd';
  /** The `karpenter.k8s.aws/instance-gpu-name` value. */
  name: string;
  /** How people call it, for messages. */
  model: string;
}

export interface InstanceFamilyFacts {
  architecture: Architecture;
  gpu?: GpuFacts;
  /** AWS Inferentia or Trainium, for messages. */
  neuron?: string;
}

const x86 = { architecture: 'amd64' } as const;
const graviton = { architecture: 'arm64' } as const;

function nvidia(name: string, model: string, architecture: Architecture = 'amd64') {
  return { architecture, gpu: { manufacturer: 'nvidia', name, model } } as const;
}

function familiesOf(facts: InstanceFamilyFacts, names: string) {
  return Object.fromEntries(
    names
      .trim()
      .split(/\s+/)
      .map((family) => [family, facts]),
  );
}

function neuron(model: string) {
  return { architecture: 'amd64', neuron: model } as const;
}

const FAMILIES: Readonly<Record<string, InstanceFamilyFacts>> = {
  // General purpose, compute and memory optimised, burstable: x86 (Intel and AMD).
  ...familiesOf(
    x86,
    `c4 c5 c5a c5ad c5d c5n c6a c6i c6id c6in c7a c7i c7i-flex
     m4 m5 m5a m5ad m5d m5dn m5n m5zn m6a m6i m6id m6idn m6in m7a m7i m7i-flex
     r4 r5 r5a r5ad r5b r5d r5dn r5n r6a r6i r6id r6idn r6in r7a r7i r7iz t2 t3 t3a`,
  ),
  // AWS Graviton: the `g` after the generation.
  ...familiesOf(
    graviton,
    `a1 c6g c6gd c6gn c7g c7gd c7gn c8g m6g m6gd m7g m7gd m8g r6g r6gd r7g r7gd r8g
     t4g x2gd i4g im4gn is4gen hpc7g`,
  ),
  // GPUs.
  g3: nvidia('m60', 'NVIDIA M60'),
  g3s: nvidia('m60', 'NVIDIA M60'),
  g4ad: {
    architecture: 'amd64',
    gpu: { manufacturer: 'amd', name: 'radeon-pro-v520', model: 'AMD Radeon Pro V520' },
  },
  g4dn: nvidia('t4', 'NVIDIA T4'),
  g5: nvidia('a10g', 'NVIDIA A10G'),
  g5g: nvidia('t4g', 'NVIDIA T4G', 'arm64'),
  g6: nvidia('l4', 'NVIDIA L4'),
  g6e: nvidia('l40s', 'NVIDIA L40S'),
  gr6: nvidia('l4', 'NVIDIA L4'),
  p2: nvidia('k80', 'NVIDIA K80'),
  p3: nvidia('v100', 'NVIDIA V100'),
  p3dn: nvidia('v100', 'NVIDIA V100 32 GB'),
  p4d: nvidia('a100', 'NVIDIA A100 40 GB'),
  p4de: nvidia('a100', 'NVIDIA A100 80 GB'),
  p5: nvidia('h100', 'NVIDIA H100'),
  p5e: nvidia('h200', 'NVIDIA H200'),
  p5en: nvidia('h200', 'NVIDIA H200'),
  'p6-b200': nvidia('b200', 'NVIDIA B200'),
  'p6-b300': nvidia('b300', 'NVIDIA B300'),
  g7e: nvidia('rtx-pro-server-6000', 'NVIDIA RTX PRO 6000 Blackwell'),
  g7: nvidia('rtx-pro-4500', 'NVIDIA RTX PRO 4500 Blackwell'),
  // AWS Neuron accelerators.
  inf1: neuron('AWS Inferentia'),
  inf2: neuron('AWS Inferentia2'),
  trn1: neuron('AWS Trainium'),
  trn1n: neuron('AWS Trainium'),
  trn2: neuron('AWS Trainium2'),
};

/**
 * Categories whose every family carries GPUs: EC2's accelerated computing G (graphics), Gr and
 * P (GPU compute) families (https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html).
 */
export const GPU_CATEGORIES: ReadonlySet<string> = new Set(['g', 'gr', 'p']);

export function instanceFamilyFacts(family: string): InstanceFamilyFacts | undefined {
  return Object.hasOwn(FAMILIES, family) ? FAMILIES[family] : undefined;
}

/** The extended resource (and, by convention, the taint key) of a family's accelerator. */
export function acceleratorResource(facts: InstanceFamilyFacts): string | undefined {
  if (facts.gpu) return facts.gpu.manufacturer === 'nvidia' ? 'nvidia.com/gpu' : 'amd.com/gpu';
  return facts.neuron ? 'aws.amazon.com/neuron' : undefined;
}
