import type { Design } from '../design/types';
import { designToManifests, type ExportEntry } from './manifests';
import { migDocuments } from './migExports';
import { manifestToYaml } from './toYaml';

/**
 * Everything the design exports, in apply order: its own manifests, the documents its MIG
 * profiles generate (the ConfigMap the operator mounts, the overlays Karpenter reads), then the
 * other kinds it keeps.
 */
export function designToExportEntries(design: Design): ExportEntry[] {
  const generated = migDocuments(design).map(({ id, manifest }) => ({
    resourceId: id,
    text: manifestToYaml(manifest),
  }));
  const others = (design.others ?? []).map((o) => ({ resourceId: o.id, text: o.text }));
  return [...designToManifests(design), ...generated, ...others];
}
