/**
 * The documents the designer generates for MIG profiles (the mig-parted ConfigMap, NodeOverlays)
 * read back into what they came from: a ConfigMap's layouts become the custom mixes of the
 * profiles the pools select, an overlay made for a MIG pool turns its profile's overlays on.
 * Those documents are then not kept as other documents: export makes them anew from the
 * profiles, so a design read from its own export exports the same text.
 */
import { parse } from 'yaml';
import { GPU_MODELS, gpuModel } from '../../mig/gpuModels';
import type { ReadAttachment } from '../../mig/migAttachment';
import { namedLayout } from '../../mig/namedLayouts';
import { migOverlayPool } from '../../mig/nodeOverlays';
import {
  GPU_OPERATOR_NAMESPACE,
  MIG_PARTED_CONFIG_MAP,
  MIG_PARTED_KEY,
  readMigPartedConfig,
  type ReadLayout,
} from '../../mig/migPartedConfig';
import { sameData } from '../../lib/sameData';
import { isObject } from '../../lib/isObject';
import type { ImportedResources } from './importedResources';
import type { ImportMessage } from '../parse/importMessages';

type Read = Pick<ImportedResources, 'nodePools' | 'others' | 'messages'>;

function parsed(text: string): unknown {
  try {
    return parse(text, { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/** A ConfigMap holding a mig-parted config under `config.yaml`, whatever its name. */
export function migPartedConfigMap(
  doc: unknown,
): { ours: boolean; layouts: ReadLayout[] } | { ours: boolean; reason: string } | undefined {
  if (!isObject(doc) || doc['kind'] !== 'ConfigMap' || doc['apiVersion'] !== 'v1') return undefined;
  const data = doc['data'];
  const config = isObject(data) ? data[MIG_PARTED_KEY] : undefined;
  if (typeof config !== 'string' || !/mig-configs/.test(config)) return undefined;
  const metadata = isObject(doc['metadata']) ? doc['metadata'] : {};
  const ours =
    metadata['name'] === MIG_PARTED_CONFIG_MAP &&
    metadata['namespace'] === GPU_OPERATOR_NAMESPACE &&
    Object.keys(doc).sort().join(',') === 'apiVersion,data,kind,metadata' &&
    Object.keys(data as Record<string, unknown>).length === 1;
  const read = readMigPartedConfig(parsed(config), GPU_MODELS);
  return read.ok ? { ours, layouts: read.layouts } : { ours, reason: read.reason };
}

/** Whether a kept document is a mig-parted ConfigMap: export then leaves that job to it. */
export function isMigPartedConfigMap(text: string): boolean {
  return migPartedConfigMap(parsed(text)) !== undefined;
}

export function readMigDocuments<T extends Read>(read: T): T {
  const attachedPools = new Set(
    read.nodePools.filter((p) => p.mig).map((p) => p.manifest.metadata.name),
  );
  const layouts: ReadLayout[] = [];
  const overlaid = new Set<string>();
  const consumed = new Set<number>();
  const messages: ImportMessage[] = [...read.messages];
  const retell = (line: number | undefined, name: string, text: string) => {
    const i = messages.findIndex(
      (m) => m.line === line && m.severity === 'info' && m.text.includes(`"${name}"`),
    );
    const old = messages[i];
    if (old) messages[i] = { ...old, text };
  };
  read.others.forEach((other, i) => {
    // Only these two kinds carry MIG: a repository's Services and Deployments are not parsed again.
    if (other.kind !== 'ConfigMap' && other.kind !== 'NodeOverlay') return;
    const doc = parsed(other.text);
    const configMap = migPartedConfigMap(doc);
    if (configMap) {
      if ('reason' in configMap) {
        retell(
          other.line,
          other.name,
          `ConfigMap "${other.name}" holds a mig-parted config that cannot be used: ${configMap.reason}. Kept as it is.`,
        );
        return;
      }
      layouts.push(...configMap.layouts);
      if (configMap.ours) {
        consumed.add(i);
        retell(
          other.line,
          other.name,
          `ConfigMap "${other.name}" was read as the mig-parted config of the MIG profiles; export writes it anew from them.`,
        );
      } else {
        retell(
          other.line,
          other.name,
          `ConfigMap "${other.name}" was read as a mig-parted config (custom MIG layouts) and is kept as written.`,
        );
      }
      return;
    }
    const pool = migOverlayPool(doc);
    if (pool !== undefined && attachedPools.has(pool)) {
      overlaid.add(pool);
      consumed.add(i);
      retell(
        other.line,
        other.name,
        `NodeOverlay "${other.name}" was read as the MIG capacity of pool "${pool}"; export writes it anew from its profile.`,
      );
    }
  });
  if (consumed.size === 0 && layouts.length === 0) return read;
  const nodePools = read.nodePools.map((p) => {
    if (!p.mig) return p;
    const mig: ReadAttachment = { ...p.mig };
    const gpu = gpuModel(mig.gpu);
    const layout = layouts.find(
      (l) => l.config === mig.config && (l.gpu === undefined || l.gpu === mig.gpu),
    );
    const named = gpu ? namedLayout(gpu, mig.config) : undefined;
    if (layout?.devices && !(named && sameData(named.devices, layout.devices)))
      mig.devices = layout.devices;
    if (overlaid.has(p.manifest.metadata.name)) mig.nodeOverlay = true;
    return { ...p, mig };
  });
  return {
    ...read,
    nodePools,
    others: read.others.filter((_, i) => !consumed.has(i)),
    messages,
  };
}
