import { bench, describe } from 'vitest';
import { planDesign } from '../src/domain/scheduling/plan/planDesign';
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

  bench('plan 200 workloads (10,000 pods), 20 pools, cold pools', () => {
    planDesign({ design: { ...design }, workloads: large, catalog: CATALOG });
  });

  planDesign({ design, workloads: medium, catalog: CATALOG });
  bench('re-plan after editing one workload, 100 workloads', () => {
    replicas = replicas === 50 ? 49 : 50;
    const edited = medium.map((w, i) => (i === 10 ? { ...w, replicas } : w));
    planDesign({ design, workloads: edited, catalog: CATALOG });
  });
});
