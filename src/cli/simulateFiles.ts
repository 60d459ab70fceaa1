import type { WorkloadResource } from '../domain/design/types';
import type { InstanceCatalog } from '../domain/karpenter/catalog/instanceType';
import { planOfDesign } from '../domain/scheduling/plan/designPlan';
import { columnOf, designOfFiles } from './check/designOfFiles';
import type { InputFile } from './inputFile';
import { simulation, type Simulation } from './simulation';
import { simulationText } from './simulationText';

export interface SimulateResult {
  output: string;
  /** Workloads with any pod that would stay pending. */
  pending: number;
  /** What could not be read (a file that is not YAML, a document skipped as an error). */
  errors: number;
}

/**
 * Where Karpenter would run the workloads of `files`, read exactly as `check` reads them (one
 * design through the app's import, the same size limits, older Karpenter APIs converted as the
 * app does once the user accepts) and planned by the app's engine against `catalog`.
 */
export function simulateFiles(
  files: readonly InputFile[],
  catalog: InstanceCatalog,
  options: { format: 'human' | 'json'; color: boolean },
): SimulateResult {
  const read = designOfFiles(files);
  const messages: Simulation['messages'] = [
    // As in check: infos say what was kept or dropped on the way in, nothing about placement.
    ...read.messages
      .filter(({ message }) => message.severity !== 'info')
      .map(({ file, message }) => ({
        file,
        line: message.line ?? 1,
        column: columnOf(message),
        severity: message.severity,
        text: message.text,
      })),
    ...read.conversions.map((c) => ({
      file: c.file,
      line: c.line,
      column: 1,
      severity: 'info' as const,
      text: `${c.from} "${c.name}" is simulated as its v1 conversion (see the convert command).`,
    })),
  ];
  const planned = planOfDesign(read.design, catalog);
  const originOf = (resource: WorkloadResource) => {
    const origin = read.origins.get(resource.id);
    return origin ? { file: origin.file, line: origin.line } : { file: '?', line: null };
  };
  const result = simulation(planned, originOf, messages);
  const output =
    options.format === 'json'
      ? `${JSON.stringify(result, null, 2)}\n`
      : simulationText(result, options.color);
  return {
    output,
    pending: result.workloads.filter((w) => w.pending).length,
    errors: messages.filter((m) => m.severity === 'error').length,
  };
}
