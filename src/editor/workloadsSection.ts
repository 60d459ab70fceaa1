import type { DesignExport } from '../domain/yaml/export/exportDesign';

/** What the YAML panel says above its last section (a view zone: the text stays the manifests). */
export const WORKLOADS_SECTION_TITLE =
  'Workloads — planned here; left out of Download and Copy unless included';

/**
 * The line the workloads' header goes after: above the `---` that opens the first workload's
 * document (0, the top, when the design has nothing else). Undefined without workloads.
 */
export function workloadsSectionLine(exported: DesignExport): number | undefined {
  if (exported.workloads === 0) return undefined;
  const first = exported.entries[exported.entries.length - exported.workloads];
  const range = first ? exported.ranges[first.resourceId] : undefined;
  if (!range) return undefined;
  return range.startLine > 1 ? range.startLine - 2 : 0;
}
