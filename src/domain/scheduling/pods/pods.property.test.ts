import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Taint } from '../../karpenter/model/types';
import { podRequests } from './podRequests';
import { relax } from './relaxation';
import { toleratesTaint, untoleratedTaint } from './tolerations';
import type { Container, PodSpec } from './workload';

const milli = fc.integer({ min: 0, max: 64_000 }).map((m) => `${m}m`);
const containerArb: fc.Arbitrary<Container> = fc
  .record({ cpu: milli, limit: fc.option(milli, { nil: undefined }) })
  .map(({ cpu, limit }) => ({
    resources: { requests: { cpu }, ...(limit && { limits: { cpu: limit } }) },
  }));
const initArb = fc
  .record({ container: containerArb, sidecar: fc.boolean() })
  .map(({ container, sidecar }) =>
    sidecar ? { ...container, restartPolicy: 'Always' } : container,
  );
const specArb: fc.Arbitrary<PodSpec> = fc.record({
  containers: fc.array(containerArb, { maxLength: 4 }),
  initContainers: fc.array(initArb, { maxLength: 4 }),
});

const taintArb: fc.Arbitrary<Taint> = fc.record({
  key: fc.constantFrom('a', 'b', 'example.com/c'),
  value: fc.constantFrom('', 'x', 'y'),
  effect: fc.constantFrom('NoSchedule' as const, 'PreferNoSchedule' as const, 'NoExecute' as const),
});

describe('pod properties', () => {
  it('adding a container never lowers the cpu request', () => {
    fc.assert(
      fc.property(specArb, containerArb, (spec, extra) => {
        const before = podRequests(spec).cpu ?? 0;
        const after = podRequests({ ...spec, containers: [...spec.containers, extra] }).cpu ?? 0;
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
    );
  });

  it('turning an init container into a sidecar never lowers the cpu request', () => {
    fc.assert(
      fc.property(specArb, fc.nat(), (spec, pick) => {
        const inits = spec.initContainers ?? [];
        fc.pre(inits.length > 0);
        const index = pick % inits.length;
        const asSidecar = inits.map((c, i) =>
          i === index ? { ...c, restartPolicy: 'Always' } : c,
        );
        const before = podRequests(spec).cpu ?? 0;
        const after = podRequests({ ...spec, initContainers: asSidecar }).cpu ?? 0;
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
    );
  });

  it('a request is never below the largest single container request', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const cpu = podRequests(spec).cpu ?? 0;
        for (const c of [...spec.containers, ...(spec.initContainers ?? [])]) {
          expect(cpu).toBeGreaterThanOrEqual(podRequests({ containers: [c] }).cpu! - 1e-9);
        }
      }),
    );
  });

  it('a toleration copied from a taint tolerates it, whatever the effect', () => {
    fc.assert(
      fc.property(taintArb, (taint) => {
        expect(
          toleratesTaint(
            { key: taint.key, operator: 'Equal', value: taint.value, effect: taint.effect },
            taint,
          ),
        ).toBe(true);
        expect(untoleratedTaint([taint], [{ operator: 'Exists' }])).toBeUndefined();
        expect(untoleratedTaint([taint], [])).toBe(taint);
      }),
    );
  });

  it('relaxation ends after at most one step per soft constraint', () => {
    const termArb = fc.constantFrom('a', 'b', 'c').map((zone) => ({
      matchExpressions: [{ key: 'topology.kubernetes.io/zone', operator: 'In', values: [zone] }],
    }));
    const relaxableArb = fc.record({
      required: fc.array(termArb, { minLength: 1, maxLength: 3 }),
      preferred: fc.array(
        fc.record({ weight: fc.integer({ min: 1, max: 100 }), preference: termArb }),
        { maxLength: 3 },
      ),
      spreads: fc.array(fc.constantFrom('ScheduleAnyway', 'DoNotSchedule'), { maxLength: 3 }),
      prefersNoSchedule: fc.boolean(),
    });
    fc.assert(
      fc.property(relaxableArb, ({ required, preferred, spreads, prefersNoSchedule }) => {
        let spec: PodSpec = {
          containers: [],
          affinity: {
            nodeAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: required },
              preferredDuringSchedulingIgnoredDuringExecution: preferred,
            },
          },
          topologySpreadConstraints: spreads.map((whenUnsatisfiable) => ({
            maxSkew: 1,
            topologyKey: 'k',
            whenUnsatisfiable,
          })),
        };
        const bound =
          required.length -
          1 +
          preferred.length +
          spreads.filter((s) => s === 'ScheduleAnyway').length +
          (prefersNoSchedule ? 1 : 0);
        let steps = 0;
        for (
          let next = relax(spec, prefersNoSchedule);
          next;
          next = relax(spec, prefersNoSchedule)
        ) {
          spec = next.spec;
          steps += 1;
        }
        expect(steps).toBe(bound);
      }),
    );
  });
});
