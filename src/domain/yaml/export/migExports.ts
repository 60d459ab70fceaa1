/**
 * The documents a design's MIG profiles need besides the pools' label, taint and pins: the
 * mig-parted ConfigMap when a layout is the user's own (the GPU Operator only knows NVIDIA's
 * names otherwise), and NodeOverlays so Karpenter can provision for pods that request MIG
 * devices under the mixed strategy. They are made from the profiles on every export and read
 * back by `readMigDocuments`.
 */
import type { Design } from '../../design/types';
import { resolveLayout } from '../../mig/migLayout';
import {
  GPU_OPERATOR_NAMESPACE,
  MIG_PARTED_CONFIG_MAP,
  MIG_PARTED_KEY,
  migPartedConfig,
  type UsedLayout,
} from '../../mig/migPartedConfig';
import { nodeOverlaysFor, wantsNodeOverlays, type NodeOverlay } from '../../mig/nodeOverlays';
import { stringifyYaml } from '../parse/blankStrings';
import { exportedPool } from './manifests';
import { migUses } from './migUses';
import { isMigPartedConfigMap } from '../import/migDocuments';

export interface MigConfigMap {
  apiVersion: 'v1';
  kind: 'ConfigMap';
  metadata: { name: string; namespace: string };
  data: Record<string, string>;
}

/**
 * The ConfigMap, when some operator-applied profile in use is a custom mix, and the user did
 * not bring a mig-parted ConfigMap of their own (kept as another document, it does the job).
 */
export function migPartedConfigMapFor(design: Design): MigConfigMap | undefined {
  const operated = migUses(design).filter(({ profile }) => profile.applyWith === 'gpu-operator');
  if (!operated.some(({ profile }) => profile.devices)) return undefined;
  if ((design.others ?? []).some((o) => o.kind === 'ConfigMap' && isMigPartedConfigMap(o.text))) {
    return undefined;
  }
  const layouts: UsedLayout[] = operated.flatMap(({ profile }) => {
    const resolved = resolveLayout(profile);
    return resolved.ok
      ? [{ config: profile.config, gpu: profile.gpu, devices: resolved.devices }]
      : [];
  });
  if (layouts.length === 0) return undefined;
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: MIG_PARTED_CONFIG_MAP, namespace: GPU_OPERATOR_NAMESPACE },
    data: { [MIG_PARTED_KEY]: stringifyYaml(migPartedConfig(layouts), { lineWidth: 0 }) },
  };
}

export function nodeOverlaysForDesign(design: Design): NodeOverlay[] {
  return migUses(design).flatMap(({ pool, profile }) => {
    if (!wantsNodeOverlays(profile)) return [];
    const resolved = resolveLayout(profile);
    if (!resolved.ok) return [];
    const manifest = exportedPool(design, pool);
    return nodeOverlaysFor(
      manifest.metadata.name,
      manifest.spec.template.spec.requirements,
      profile,
      resolved.devices,
    );
  });
}

/** The generated documents in apply order, each with an id for the YAML panel's ranges. */
export function migDocuments(design: Design): { id: string; manifest: object }[] {
  const configMap = migPartedConfigMapFor(design);
  return [
    ...(configMap ? [{ id: `generated:${MIG_PARTED_CONFIG_MAP}`, manifest: configMap }] : []),
    ...nodeOverlaysForDesign(design).map((o) => ({
      id: `generated:NodeOverlay/${o.metadata.name}`,
      manifest: o,
    })),
  ];
}
