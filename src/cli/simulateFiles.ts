import { addImported } from '../domain/yaml/import/importResources';
import { emptyImport } from '../domain/yaml/import/importYaml';
import type { ImportedResources } from '../domain/yaml/import/importedResources';
import { importYamlSources } from '../domain/yaml/import/importYamlSources';
import { EMPTY_DESIGN, type ResourceId, type WorkloadResource } from '../domain/design/types';
import type { InstanceCatalog } from '../domain/karpenter/catalog/instanceType';
import type { WorkloadManifest } from '../domain/kube/workloadManifest';
import { planOfDesign } from '../domain/scheduling/plan/designPlan';
import type { InputFile } from './inputFile';
import { simulation, type Simulation } from './simulation';
import { simulationText } from './simulationText';

export interface SimulateResult {
  output: string;
  /** Workloads with any pod that would stay pending. */
  pending: number;
}

/** Ids in reading order: the same files give the same plan, and the same output. */
function countingIds(): (kind: string) => ResourceId {
  let next = 0;
  return (kind) => `${kind}-${++next}`;
}

/**
 * Where Karpenter would run the workloads of `files`, read together as one design through the
 * app's import (older Karpenter APIs converted, as the app does once the user accepts) and
 * planned by the app's engine against `catalog`.
 */
export function simulateFiles(
  files: readonly InputFile[],
  catalog: InstanceCatalog,
  options: { format: 'human' | 'json'; color: boolean },
): SimulateResult {
  const read = importYamlSources(
    files.map((file) => ({ name: file.path, text: file.text })),
    0,
  );
  const messages: Simulation['messages'] = read.messages.map((m) => ({
    file: m.source,
    line: m.line ?? null,
    severity: m.severity,
    text: m.text,
  }));
  const all: ImportedResources = emptyImport();
  const origins = new Map<WorkloadManifest, { file: string; line: number | null }>();
  if (read.refused)
    messages.push({
      file: files.map((f) => f.path).join(', '),
      line: null,
      severity: 'error',
      text: read.refused,
    });
  for (const { name, imported } of read.files) {
    all.nodeClasses.push(...imported.nodeClasses);
    all.nodePools.push(...imported.nodePools);
    all.others.push(...imported.others);
    for (const workload of imported.workloads) {
      all.workloads.push(workload);
      origins.set(workload.manifest, { file: name, line: workload.line ?? null });
    }
    for (const m of imported.messages)
      messages.push({ file: m.source, line: m.line ?? null, severity: m.severity, text: m.text });
    for (const c of imported.conversions)
      messages.push({
        file: c.source,
        line: c.line,
        severity: 'info',
        text: `${c.from} "${c.name}" is simulated as its v1 conversion (see the convert command).`,
      });
  }
  const { design } = addImported(EMPTY_DESIGN, all, countingIds());
  const planned = planOfDesign(design, catalog);
  const originOf = (resource: WorkloadResource) =>
    origins.get(resource.manifest) ?? { file: '?', line: null };
  const result = simulation(planned, originOf, messages);
  const pending = result.workloads.filter((w) => w.pending).length;
  const output =
    options.format === 'json'
      ? `${JSON.stringify(result, null, 2)}\n`
      : simulationText(result, options.color);
  return { output, pending };
}
