import type { Design } from '../../design/types';
import { designToManifests, workloadManifests, type ExportEntry } from './manifests';
import { migDocuments } from './migExports';
import { manifestsToYaml, manifestToYaml, type YamlExport } from './toYaml';

/** The design's YAML, and the entries it was written from (where problem markers are found). */
export interface DesignExport extends YamlExport {
  entries: readonly ExportEntry[];
  /** How many of the entries, at the end, are workloads: the panel's last section. */
  workloads: number;
}

/**
 * Everything the design exports, in apply order: EC2NodeClasses, the documents MIG profiles
 * generate (the ConfigMap the MIG manager mounts and the overlays Karpenter reads, in place
 * before the first node of a pool is launched), NodePools, then the other kinds it keeps.
 * Pools come last of the designer's own so a pool typed at the end of the YAML panel stays
 * where it is typed.
 */
function designToExportEntries(design: Design): ExportEntry[] {
  const generated = migDocuments(design).map(({ id, manifest }) => ({
    resourceId: id,
    text: manifestToYaml(manifest),
  }));
  const others = (design.others ?? []).map((o) => ({ resourceId: o.id, text: o.text }));
  const manifests = designToManifests(design);
  const classes = manifests.filter((e) => e.manifest.kind === 'EC2NodeClass');
  const pools = manifests.filter((e) => e.manifest.kind !== 'EC2NodeClass');
  return [...classes, ...generated, ...pools, ...others];
}

/**
 * Design, then its entries, then their text: the one composition behind the download, the
 * copy and the YAML panel (store/selectors.ts memoises it per design).
 */
export function exportDesign(design: Design): DesignExport {
  const workloads = workloadManifests(design);
  const entries = [...designToExportEntries(design), ...workloads];
  return { ...manifestsToYaml(entries), entries, workloads: workloads.length };
}

/**
 * What Download and Copy give: the cluster's resources, and the workloads only when the user
 * asks for them. Without workloads this is the text the designer exported before it had them,
 * byte for byte.
 */
export function exportedText(exported: DesignExport, includeWorkloads: boolean): string {
  if (includeWorkloads || exported.workloads === 0) return exported.text;
  return manifestsToYaml(exported.entries.slice(0, exported.entries.length - exported.workloads))
    .text;
}
