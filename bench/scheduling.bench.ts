import { bench, describe } from 'vitest';
import type { Design } from '../src/domain/design/types';
import { updateNodePool, updateWorkload } from '../src/domain/design/operations';
import { withReplicas } from '../src/domain/kube/workloadManifest';
import { planOfDesign } from '../src/domain/scheduling/plan/designPlan';
import { planDesign } from '../src/domain/scheduling/plan/planDesign';
import { workloadResource } from '../test/fixtures/workloads';
import { CATALOG } from '../test/support/instanceCatalog';
import { schedulingDesign, schedulingWorkloads } from './schedulingDesigns';

/**
 * Issue 15's figures: plan 200 workloads (10,000 pods) against 20 pools and the full catalog
 * (target < 100 ms), and re-plan after one workload changes at 100 workloads (target < 16 ms):
 * the design is unchanged, so its pools are reused and only the packing runs again.
 */
describe('scheduling engine', () => {
  const design = schedulingDesign(20);
  const large = schedulingWorkloads(200, 50);
  const medium = schedulingWorkloads(100, 50);
  let replicas = 50;

  // Pools are kept per manifest object, so a cold plan needs designs never planned before.
  const fresh = Array.from({ length: 40 }, () => structuredClone(design));
  let next = 0;
  bench('plan 200 workloads (10,000 pods), 20 pools, cold pools', () => {
    const cold = fresh[next++ % fresh.length] ?? structuredClone(design);
    planDesign({ design: cold, workloads: large, catalog: CATALOG });
  });

  planDesign({ design, workloads: medium, catalog: CATALOG });
  bench('re-plan after editing one workload, 100 workloads', () => {
    replicas = replicas === 50 ? 49 : 50;
    const edited = medium.map((w, i) => (i === 10 ? { ...w, replicas } : w));
    planDesign({ design, workloads: edited, catalog: CATALOG });
  });
});

/**
 * Issue 16's domain half: the design holds 100 workload nodes beside its 20 pools, and an edit of
 * one workload's replicas makes a new design; the app re-plans it through `planOfDesign`, which
 * must find the pools unchanged (the workloads are not part of what they are built from).
 */
describe('workloads on the canvas', () => {
  const pools = schedulingDesign(20);
  const workloads = schedulingWorkloads(100, 50).map((w, i) =>
    workloadResource(w, { x: 0, y: i * 120 }),
  );
  let design: Design = {
    ...pools,
    resources: { ...pools.resources, ...Object.fromEntries(workloads.map((w) => [w.id, w])) },
  };
  const edited = workloads[10]?.id ?? '';
  let replicas = 50;
  planOfDesign(design, CATALOG);

  bench('edit one workload’s replicas and re-plan the design, 100 workloads, 20 pools', () => {
    replicas = replicas === 50 ? 49 : 50;
    design = updateWorkload(design, edited, (m) => withReplicas(m, replicas));
    planOfDesign(design, CATALOG);
  });

  const pool = Object.values(pools.resources).find((r) => r.kind === 'NodePool')?.id ?? '';
  let weight = 10;
  bench('edit one pool’s weight and re-plan the design, 100 workloads, 20 pools', () => {
    weight = weight === 10 ? 11 : 10;
    design = updateNodePool(design, pool, (m) => ({ ...m, spec: { ...m.spec, weight } }));
    planOfDesign(design, CATALOG);
  });
});
