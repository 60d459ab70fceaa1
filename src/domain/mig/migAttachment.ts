import type { MigProfileResource } from './migProfile';
import type { NodePool, NodeSelectorRequirement, Taint } from '../karpenter/model/types';
import { GPU_MODELS, gpuModel, type GpuModel, type GpuModelId } from './gpuModels';
import { gpuForConfig } from './migLayout';
import { gpuOfPool } from './poolGpus';
import { instanceTypesWithGpu } from './gpuInstanceTypes';
import { MIG_CONFIG_LABEL, LEGACY_MIG_TAINT_KEY } from './migConfigs';
import type { MigDevices } from './placement';

export const GPU_NAME_LABEL = 'karpenter.k8s.aws/instance-gpu-name';
export const GPU_MEMORY_LABEL = 'karpenter.k8s.aws/instance-gpu-memory';
const INSTANCE_TYPE_LABEL = 'node.kubernetes.io/instance-type';

/**
 * The requirements that pin a pool's instances to the profile's GPU, with labels Karpenter knows
 * before launch: the GPU name, and its memory where one name covers two sizes (A100 40GB on p4d,
 * 80GB on p4de: the same config name means different layouts there, NOTES.md 6.1). A GPU that
 * Karpenter does not label is pinned by the instance types that carry it.
 */
export function gpuRequirements(gpu: GpuModel): NodeSelectorRequirement[] {
  if (gpu.karpenter) {
    return [
      { key: GPU_NAME_LABEL, operator: 'In', values: [gpu.karpenter.gpuName] },
      { key: GPU_MEMORY_LABEL, operator: 'In', values: [String(gpu.karpenter.memoryMiB)] },
    ];
  }
  const types = instanceTypesWithGpu(gpu.id).map((t) => t.name);
  return types.length > 0 ? [{ key: INSTANCE_TYPE_LABEL, operator: 'In', values: types }] : [];
}

/** The taint that keeps every pod but those asking for this layout off the pool's nodes. */
export function layoutTaint(config: string): Taint {
  return { key: MIG_CONFIG_LABEL, value: config, effect: 'NoSchedule' };
}

/** What of a MIG profile shows in its pools' manifests. */
export type MigProfileParts = Pick<MigProfileResource, 'gpu' | 'config' | 'taint'>;

export function isMigTaint(taint: Taint): boolean {
  return taint.key === MIG_CONFIG_LABEL || taint.key === LEGACY_MIG_TAINT_KEY;
}

/**
 * What attaching a MIG profile does to a NodePool. The GPU Operator's MIG manager reads the
 * `nvidia.com/mig.config` label (set through the pool's template) and applies that layout; pods
 * select the label. The requirements pin the GPU the layout was made for, and the layout taint
 * keeps whole-GPU pods and pods of other layouts away: Karpenter would otherwise pick this pool
 * for any pod that asks for `nvidia.com/gpu`.
 */
export function applyMigProfile(pool: NodePool, profile: MigProfileParts): NodePool {
  const template = pool.spec.template;
  const requirements = pinnedTo(template.spec.requirements, profile.gpu);
  const taints = (template.spec.taints ?? []).filter((t) => !isMigTaint(t));
  if (profile.taint) taints.push(layoutTaint(profile.config));
  return withMigLabel(withTemplateSpec(pool, requirements, taints), profile.config);
}

/** Requirements on the GPU's pinned keys give way to the pins, which go last. */
export function pinnedTo(
  requirements: readonly NodeSelectorRequirement[],
  gpuId: GpuModelId,
): NodeSelectorRequirement[] {
  const gpu = gpuModel(gpuId);
  const pins = gpu ? gpuRequirements(gpu) : [];
  const pinned = new Set(pins.map((r) => r.key));
  return [...requirements.filter((r) => !pinned.has(r.key)), ...pins];
}

/** The pool with these requirements and taints (none: no `taints` key, as the designer writes). */
export function withTemplateSpec(
  pool: NodePool,
  requirements: NodeSelectorRequirement[],
  taints: Taint[],
): NodePool {
  const template = pool.spec.template;
  const spec = { ...template.spec, requirements };
  if (taints.length > 0) spec.taints = taints;
  else delete spec.taints;
  return { ...pool, spec: { ...pool.spec, template: { ...template, spec } } };
}

export function withMigLabel(pool: NodePool, config: string): NodePool {
  const template = pool.spec.template;
  return {
    ...pool,
    spec: {
      ...pool.spec,
      template: {
        ...template,
        metadata: {
          ...template.metadata,
          labels: { ...template.metadata?.labels, [MIG_CONFIG_LABEL]: config },
        },
      },
    },
  };
}

/** What a pool's manifest says about the MIG profile attached to it, read back on import. */
export interface ReadAttachment {
  config: string;
  gpu: GpuModelId;
  taint: boolean;
  /** A custom mix, read from a mig-parted ConfigMap that came with the pool. */
  devices?: MigDevices;
  /** NodeOverlays made for the pool came with it. */
  nodeOverlay?: boolean;
  /**
   * The pool's requirements and taints as written, MIG taints and GPU pins included: when they
   * are not what attaching the profile found would write, the pool adopts it as it is
   * (`adoptMigProfile`).
   */
  written?: { requirements: NodeSelectorRequirement[]; taints?: Taint[] };
}

export function sameRequirement(a: NodeSelectorRequirement, b: NodeSelectorRequirement): boolean {
  const av = a.values ?? [];
  const bv = b.values ?? [];
  return (
    a.key === b.key &&
    a.operator === b.operator &&
    av.length === bv.length &&
    av.every((v, i) => v === bv[i])
  );
}

/**
 * The pool without the MIG taints and without the designer's GPU pins for whichever GPU they
 * pin: what is left of a pool when its MIG profile's parts are taken away. Requirements the user
 * wrote differently from the pins stay.
 */
export function withoutMigParts(pool: NodePool): { manifest: NodePool; pinned?: GpuModelId } {
  const { requirements, taints } = pool.spec.template.spec;
  const pinnedBy = GPU_MODELS.find((g) => {
    const pins = gpuRequirements(g);
    return pins.length > 0 && pins.every((p) => requirements.some((r) => sameRequirement(p, r)));
  });
  const pins = pinnedBy ? gpuRequirements(pinnedBy) : [];
  const manifest = withTemplateSpec(
    pool,
    requirements.filter((r) => !pins.some((p) => sameRequirement(p, r))),
    (taints ?? []).filter((t) => !isMigTaint(t)),
  );
  return pinnedBy ? { manifest, pinned: pinnedBy.id } : { manifest };
}

/**
 * The reverse of `applyMigProfile`, for a pool that selects a layout by label: the label, the
 * layout taint and the GPU pins are what attaching produces, so they are lifted out of the
 * manifest and re-derived on export instead of being stored twice. What the pool said before
 * they were lifted goes with the attachment, so a pool written otherwise is kept as it is.
 */
export function detachMigProfile(pool: NodePool): {
  manifest: NodePool;
  attachment?: ReadAttachment;
} {
  const labels = pool.spec.template.metadata?.labels;
  const config = labels?.[MIG_CONFIG_LABEL];
  if (config === undefined || typeof config !== 'string') return { manifest: pool };
  const { [MIG_CONFIG_LABEL]: _lifted, ...otherLabels } = labels ?? {};
  const metadata = { ...pool.spec.template.metadata };
  if (Object.keys(otherLabels).length > 0) metadata.labels = otherLabels;
  else delete metadata.labels;
  const { requirements, taints } = pool.spec.template.spec;
  const { manifest: bare, pinned } = withoutMigParts(pool);
  const gpu = pinned ?? gpuOfPool(requirements) ?? gpuForConfig(config);
  const template = { ...bare.spec.template };
  if (Object.keys(metadata).length > 0) template.metadata = metadata;
  else delete template.metadata;
  return {
    manifest: { ...bare, spec: { ...bare.spec, template } },
    attachment: {
      config,
      gpu,
      taint: (taints ?? []).some(isMigTaint),
      written: { requirements, ...(taints ? { taints } : {}) },
    },
  };
}
