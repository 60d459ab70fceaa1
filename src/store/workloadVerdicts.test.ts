import { describe, expect, it } from 'vitest';
import { designOf, nodeClass, nodePool } from '../../test/fixtures/fixtures';
import { workload, workloadResource } from '../../test/fixtures/workloads';
import { CATALOG } from '../../test/support/instanceCatalog';
import type { Design } from '../domain/design/types';
import { selectWorkloadVerdict } from './selectors';
import * as planner from './plannerEngine';

const design = (webReplicas: number, trainGpus: string | undefined): Design =>
  designOf(
    nodeClass('default'),
    nodePool('general'),
    workloadResource(workload('web', { cpu: '1', memory: '1Gi', replicas: webReplicas })),
    workloadResource(
      workload('train', {
        cpu: '1',
        ...(trainGpus ? { requests: { 'nvidia.com/gpu': trainGpus } } : {}),
      }),
    ),
  );
const verdict = (d: Design, id: string) =>
  selectWorkloadVerdict({ design: d, catalog: CATALOG, planner, checker: undefined }, id);

// A card re-renders when the verdict object it reads changes: a re-plan must hand every card
// whose line reads the same the very object it had.
describe("a workload card's verdict", () => {
  it('is the same object after a re-plan that leaves its line as it was', () => {
    const before = verdict(design(3, '1'), 'wl-train');
    expect(before.tone).toBe('pending');
    const web = verdict(design(3, '1'), 'wl-web');
    const after = design(5, '1');
    expect(verdict(after, 'wl-train')).toBe(before);
    expect(verdict(after, 'wl-web')).toBe(web);
  });

  it('is a new object when its line changes', () => {
    const pending = verdict(design(3, '1'), 'wl-train');
    const landed = verdict(design(3, undefined), 'wl-train');
    expect(landed).not.toBe(pending);
    expect(landed).toMatchObject({ pool: 'general', tone: 'ok' });
  });
});
