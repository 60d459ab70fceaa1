import { describe, expect, it } from 'vitest';
import type { PodSpec } from './podSpec';
import {
  expressionProblem,
  isOnePerNode,
  newRequiredTerm,
  preferredTerms,
  requiredTerms,
  withExpressionOperator,
  withNodeSelector,
  withOnePerNode,
  withPreferredTerms,
  withRequiredTerms,
  withSpreadAdded,
  withSpreadRemoved,
  withTolerationAdded,
  withTolerationAt,
  withTolerationEffect,
  withTolerationOperator,
  withTolerationRemoved,
} from './schedulingEdits';
import { newWorkloadManifest, podSpecOf, withPodTemplate } from './workloadManifest';

const spec: PodSpec = { containers: [{ name: 'app' }] };

describe('tolerations', () => {
  it('adds a blank NoSchedule toleration and drops the list when the last goes', () => {
    const one = withTolerationAdded(spec);
    expect(one.tolerations).toEqual([
      { key: '', operator: 'Equal', value: '', effect: 'NoSchedule' },
    ]);
    expect(withTolerationRemoved(one, 0)).toEqual(spec);
  });

  it('drops the value when the operator becomes Exists, which Kubernetes refuses with one', () => {
    const gpu = withTolerationAt(withTolerationAdded(spec), 0, (t) => ({
      ...withTolerationOperator({ ...t, key: 'nvidia.com/gpu', value: 'x' }, 'Exists'),
    }));
    expect(gpu.tolerations?.[0]).toEqual({
      key: 'nvidia.com/gpu',
      operator: 'Exists',
      effect: 'NoSchedule',
    });
  });

  it('leaves an "any effect" toleration without an effect', () => {
    expect(withTolerationEffect({ key: 'a', effect: 'NoSchedule' }, '')).toEqual({ key: 'a' });
  });
});

describe('node selector and node affinity', () => {
  it('leaves an emptied node selector out', () => {
    expect(withNodeSelector({ ...spec, nodeSelector: { a: 'b' } }, {})).toEqual(spec);
  });

  it('writes required terms under nodeAffinity and removes the whole affinity when cleared', () => {
    const required = withRequiredTerms(spec, [newRequiredTerm()]);
    expect(requiredTerms(required)).toHaveLength(1);
    expect(required.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution).toEqual(
      {
        nodeSelectorTerms: [{ matchExpressions: [{ key: '', operator: 'In', values: [] }] }],
      },
    );
    expect(withRequiredTerms(required, [])).toEqual(spec);
  });

  it('keeps preferred terms beside required ones, and pod anti-affinity untouched', () => {
    const anti = { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [] } };
    const both = withPreferredTerms(
      withRequiredTerms({ ...spec, affinity: anti }, [newRequiredTerm()]),
      [{ weight: 10, preference: newRequiredTerm() }],
    );
    expect(preferredTerms(both)[0]?.weight).toBe(10);
    expect(requiredTerms(both)).toHaveLength(1);
    expect(both.affinity?.podAntiAffinity).toBe(anti.podAntiAffinity);
  });

  it('drops values for Exists and keeps one for Gt', () => {
    const expression = { key: 'k', operator: 'In', values: ['1', '2'] };
    expect(withExpressionOperator(expression, 'Exists')).toEqual({ key: 'k', operator: 'Exists' });
    expect(withExpressionOperator(expression, 'Gt').values).toEqual(['1']);
  });

  it('says what an incomplete expression lacks', () => {
    expect(expressionProblem({ key: '', operator: 'In' })).toBe('the key is required');
    expect(expressionProblem({ key: 'k', operator: 'In', values: [] })).toBe(
      'In needs at least one value',
    );
    expect(expressionProblem({ key: 'k', operator: 'Gt', values: ['big'] })).toBe(
      'Gt compares one whole number',
    );
    expect(expressionProblem({ key: 'k', operator: 'Exists' })).toBeUndefined();
  });
});

describe('spread and one pod per node select the workload’s own pods', () => {
  const web = newWorkloadManifest('web');

  it('spreads over zones first, then nodes, selecting the pod labels', () => {
    const twice = withSpreadAdded(withSpreadAdded(web));
    expect(podSpecOf(twice).topologySpreadConstraints).toEqual([
      {
        maxSkew: 1,
        topologyKey: 'topology.kubernetes.io/zone',
        whenUnsatisfiable: 'DoNotSchedule',
        labelSelector: { matchLabels: { app: 'web' } },
      },
      expect.objectContaining({ topologyKey: 'kubernetes.io/hostname' }),
    ]);
    const spec1 = podSpecOf(twice);
    expect(withSpreadRemoved(withSpreadRemoved(spec1, 0), 0)).not.toHaveProperty(
      'topologySpreadConstraints',
    );
  });

  it('labels a template without labels before selecting it', () => {
    const bare = withPodTemplate(web, { spec: podSpecOf(web) });
    const spread = withSpreadAdded(bare);
    expect(spread.spec.template).toMatchObject({ metadata: { labels: { app: 'web' } } });
  });

  it('turns one pod per node on and off with a hostname anti-affinity', () => {
    const on = withOnePerNode(web, true);
    expect(isOnePerNode(on)).toBe(true);
    expect(
      podSpecOf(on).affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution,
    ).toEqual([
      { labelSelector: { matchLabels: { app: 'web' } }, topologyKey: 'kubernetes.io/hostname' },
    ]);
    const off = withOnePerNode(on, false);
    expect(isOnePerNode(off)).toBe(false);
    expect(podSpecOf(off)).not.toHaveProperty('affinity');
  });

  it('does not count an anti-affinity against other pods as one per node', () => {
    const other = withPodTemplate(web, {
      metadata: { labels: { app: 'web' } },
      spec: {
        ...podSpecOf(web),
        affinity: {
          podAntiAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: [
              {
                labelSelector: { matchLabels: { app: 'db' } },
                topologyKey: 'kubernetes.io/hostname',
              },
            ],
          },
        },
      },
    });
    expect(isOnePerNode(other)).toBe(false);
    const on = withOnePerNode(other, true);
    expect(podSpecOf(withOnePerNode(on, false)).affinity).toEqual(podSpecOf(other).affinity);
  });
});
