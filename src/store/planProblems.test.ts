import { describe, expect, it } from 'vitest';
import { designOf, nodeClass, ORIGIN } from '../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../test/fixtures/nodePoolBuilders';
import { CATALOG } from '../../test/support/instanceCatalog';
import type { WorkloadResource } from '../domain/design/types';
import { newWorkloadManifest, withPodTemplate } from '../domain/kube/workloadManifest';
import { createDesignStore } from './designStore';
import { selectProblems } from './selectors';
import { selectProblemLines } from './yamlSelectors';
import * as checker from './checkerEngine';
import * as planner from './plannerEngine';

/** A pod asking for a GPU that tolerates nothing, and a GPU pool that taints its nodes. */
const train: WorkloadResource = {
  id: 'wl-train',
  kind: 'Workload',
  position: ORIGIN,
  manifest: withPodTemplate(newWorkloadManifest('train'), {
    metadata: { labels: { app: 'train' } },
    spec: {
      containers: [
        { name: 'main', image: 'trainer', resources: { requests: { 'nvidia.com/gpu': '1' } } },
      ],
    },
  }),
};
const design = designOf(
  nodeClass('default'),
  poolWith('gpu', [requirement('karpenter.k8s.aws/instance-family', 'In', 'g5')], {
    template: { taints: [{ key: 'nvidia.com/gpu', effect: 'NoSchedule' }] },
    spec: { limits: { cpu: '1000' } },
  }),
  train,
);

/** A store as the app has it once the rules' chunk is in, before the catalog's. */
function fresh() {
  const store = createDesignStore({ document: { id: 'd1', name: 'Mine' }, design, rev: 0 });
  store.getState().setChecker(checker);
  return store;
}
const pending = (store: ReturnType<typeof fresh>) =>
  selectProblems(store.getState()).filter((p) => p.rule === 'plan/pending');

describe('pending workloads in the problems list', () => {
  it('says nothing while the catalog loads: no verdict on a guess', () => {
    expect(pending(fresh())).toEqual([]);
  });

  it('warns of the workload once planned, naming it and the untolerated taint', () => {
    const store = fresh();
    store.getState().setCatalog(CATALOG, planner);
    const [problem] = pending(store);
    expect(problem?.severity).toBe('warning');
    expect(problem?.resourceId).toBe('wl-train');
    expect(problem?.message).toContain('Workload "train"');
    expect(problem?.message).toContain(
      'The pool taints its nodes nvidia.com/gpu:NoSchedule; the pod does not tolerate it.',
    );
    // The YAML panel can mark it too: the warning sits on the workload's document.
    expect(selectProblemLines(store.getState()).map((l) => l.problem.rule)).toContain(
      'plan/pending',
    );
  });
});
