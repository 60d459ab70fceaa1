/**
 * Which MIG-capable GPU instance types a NodePool's requirements let Karpenter launch, judged on
 * the labels Karpenter puts on those types before launch (NOTES.md 4.1). A MIG layout only
 * means something on one GPU model, so rules and imports ask this to find the GPU a pool is on.
 */
import { admittedValues, constraintsOf, admitsValue } from '../karpenter/model/labelConstraints';
import type { NodeSelectorRequirement } from '../karpenter/model/types';
import { gpuModel, type GpuModelId } from './gpuModels';
import { GPU_INSTANCE_TYPES, NOT_MIG_CAPABLE, type GpuInstanceType } from './gpuInstanceTypes';

const INSTANCE_TYPE = 'node.kubernetes.io/instance-type';
const FAMILY = 'karpenter.k8s.aws/instance-family';
const GPU_NAME = 'karpenter.k8s.aws/instance-gpu-name';
const GPU_MEMORY = 'karpenter.k8s.aws/instance-gpu-memory';
const GPU_COUNT = 'karpenter.k8s.aws/instance-gpu-count';
const GPU_MANUFACTURER = 'karpenter.k8s.aws/instance-gpu-manufacturer';
const ARCH = 'kubernetes.io/arch';
const CATEGORY = 'karpenter.k8s.aws/instance-category';
const GENERATION = 'karpenter.k8s.aws/instance-generation';

/** Grace-hosted GPUs run on arm64; every other MIG instance on AWS is x86. */
const ARM64_FAMILIES = new Set(['p6e-gb200']);

export interface PoolGpus {
  /** The MIG GPU instance types the requirements admit. */
  types: GpuInstanceType[];
  /** The GPU models of those types. */
  gpus: GpuModelId[];
  /**
   * The requirements admit only instances with a GPU (a GPU name, count or GPU families and
   * types are listed): without that, a pool can also launch CPU-only nodes.
   */
  gpuOnly: boolean;
  /** Listed families or types whose GPU has no MIG, with that GPU's name. */
  notMigCapable: { name: string; gpu: string }[];
}

function familyOf(instanceType: string): string {
  return instanceType.split('.')[0] ?? instanceType;
}

export function poolGpus(requirements: readonly NodeSelectorRequirement[]): PoolGpus {
  const c = constraintsOf(requirements);
  const types = GPU_INSTANCE_TYPES.filter((t) => {
    const gpu = gpuModel(t.gpu);
    const labels: [string, string | undefined][] = [
      [INSTANCE_TYPE, t.name],
      [FAMILY, t.family],
      [GPU_NAME, gpu?.karpenter?.gpuName],
      [GPU_MEMORY, gpu?.karpenter ? String(gpu.karpenter.memoryMiB) : undefined],
      [GPU_COUNT, String(t.gpus)],
      [GPU_MANUFACTURER, 'nvidia'],
      [ARCH, ARM64_FAMILIES.has(t.family) ? 'arm64' : 'amd64'],
      // p5 is category p, generation 5; p4de is p and 4; g7e is g and 7.
      [CATEGORY, /^[a-z]+/.exec(t.family)?.[0]],
      [GENERATION, /^[a-z]+(\d+)/.exec(t.family)?.[1]],
    ];
    return labels.every(([key, value]) => {
      const constraint = c.get(key);
      if (!constraint) return true;
      return value === undefined ? !constraint.mustExist : admitsValue(constraint, value);
    });
  });
  const listedTypes = admittedValues(c.get(INSTANCE_TYPE));
  const listedFamilies = admittedValues(c.get(FAMILY));
  const gpuFamilies = new Set([
    ...GPU_INSTANCE_TYPES.map((t) => t.family),
    ...Object.keys(NOT_MIG_CAPABLE),
  ]);
  const gpuOnly =
    Boolean(c.get(GPU_NAME)?.mustExist) ||
    Boolean(c.get(GPU_COUNT)?.mustExist) ||
    (listedFamilies !== undefined && listedFamilies.every((f) => gpuFamilies.has(f))) ||
    (listedTypes !== undefined && listedTypes.every((t) => gpuFamilies.has(familyOf(t))));
  const listed = [...(listedFamilies ?? []), ...(listedTypes ?? [])];
  const notMigCapable = listed.flatMap((name) => {
    const gpu = NOT_MIG_CAPABLE[familyOf(name)];
    return gpu ? [{ name, gpu }] : [];
  });
  return { types, gpus: [...new Set(types.map((t) => t.gpu))], gpuOnly, notMigCapable };
}

/** The one MIG GPU a pool's requirements leave, if they pin exactly one. */
export function gpuOfPool(
  requirements: readonly NodeSelectorRequirement[],
): GpuModelId | undefined {
  const { gpus, gpuOnly } = poolGpus(requirements);
  return gpuOnly && gpus.length === 1 ? gpus[0] : undefined;
}
