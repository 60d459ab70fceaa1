import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../../test/fixtures/deepFreeze';
import { defaultNodePool } from '../model/defaults';
import {
  templateTaints,
  withBudgetAdded,
  withBudgetAt,
  withBudgetField,
  withBudgetReason,
  withBudgetRemoved,
  withConsolidateAfter,
  withConsolidationPolicy,
  withExpireAfter,
  withLimits,
  withReplicas,
  withTaintAdded,
  withTaintAt,
  withTaintRemoved,
  withTaintValue,
  withTemplateAnnotations,
  withTemplateLabels,
  withTerminationGracePeriod,
  withWeight,
} from './nodePoolFieldEdits';

const pool = () => deepFreeze(defaultNodePool('general', 'default'));

describe('NodePool field edits', () => {
  it('sets template labels and removes the map, and metadata, when the last one goes', () => {
    const labelled = withTemplateLabels(pool(), { team: 'ml' });
    expect(labelled.spec.template.metadata).toEqual({ labels: { team: 'ml' } });
    const cleared = withTemplateLabels(labelled, {});
    expect('metadata' in cleared.spec.template).toBe(false);
  });

  it('keeps template annotations when the labels are removed', () => {
    const annotated = {
      ...pool(),
      spec: {
        ...pool().spec,
        template: {
          ...pool().spec.template,
          metadata: { annotations: { a: 'b' }, labels: { x: 'y' } },
        },
      },
    };
    expect(withTemplateLabels(annotated, {}).spec.template.metadata).toEqual({
      annotations: { a: 'b' },
    });
  });

  it('adds, edits and removes taints, leaving no empty taints list', () => {
    const added = withTaintAdded(pool());
    expect(added.spec.template.spec.taints).toEqual([{ key: '', effect: 'NoSchedule' }]);
    const edited = withTaintAt(added, 0, (t) => withTaintValue({ ...t, key: 'gpu' }, 'true'));
    expect(edited.spec.template.spec.taints).toEqual([
      { key: 'gpu', value: 'true', effect: 'NoSchedule' },
    ]);
    expect('taints' in withTaintRemoved(edited, 0).spec.template.spec).toBe(false);
  });

  it('leaves out an empty taint value, which the CRD would reject', () => {
    expect(withTaintValue({ key: 'gpu', value: 'x', effect: 'NoSchedule' }, '')).toEqual({
      key: 'gpu',
      effect: 'NoSchedule',
    });
  });

  it('removes limits when emptied', () => {
    expect(withLimits(pool(), { cpu: '64', memory: '256Gi' }).spec.limits).toEqual({
      cpu: '64',
      memory: '256Gi',
    });
    expect('limits' in withLimits(pool(), {}).spec).toBe(false);
  });

  it('sets and removes the weight', () => {
    const weighted = withWeight(pool(), 50);
    expect(weighted.spec.weight).toBe(50);
    expect('weight' in withWeight(weighted, undefined).spec).toBe(false);
  });

  it('sets expireAfter, and empty text removes it', () => {
    const expiring = withExpireAfter(pool(), '720h');
    expect(expiring.spec.template.spec.expireAfter).toBe('720h');
    expect('expireAfter' in withExpireAfter(expiring, '').spec.template.spec).toBe(false);
  });

  it('edits disruption fields and drops the block once it is empty', () => {
    const whenEmpty = withConsolidationPolicy(pool(), 'WhenEmpty');
    expect(whenEmpty.spec.disruption?.consolidationPolicy).toBe('WhenEmpty');
    const noPolicy = withConsolidationPolicy(whenEmpty, undefined);
    expect(noPolicy.spec.disruption).toEqual({ consolidateAfter: '1m' });
    expect('disruption' in withConsolidateAfter(noPolicy, '').spec).toBe(false);
  });

  it('adds a 10% budget, edits its fields and removes budgets when the last goes', () => {
    const added = withBudgetAdded(pool());
    expect(added.spec.disruption?.budgets).toEqual([{ nodes: '10%' }]);
    const scheduled = withBudgetAt(added, 0, (b) =>
      withBudgetField(withBudgetField(b, 'schedule', '0 9 * * mon-fri'), 'duration', '8h'),
    );
    expect(scheduled.spec.disruption?.budgets).toEqual([
      { nodes: '10%', schedule: '0 9 * * mon-fri', duration: '8h' },
    ]);
    const unscheduled = withBudgetAt(scheduled, 0, (b) => withBudgetField(b, 'schedule', ''));
    expect(unscheduled.spec.disruption?.budgets?.[0]).toEqual({ nodes: '10%', duration: '8h' });
    expect(withBudgetRemoved(unscheduled, 0).spec.disruption).toEqual(pool().spec.disruption);
  });

  it('sets template annotations beside the labels, and removes metadata with the last', () => {
    const both = withTemplateAnnotations(withTemplateLabels(pool(), { team: 'ml' }), {
      'example.com/owner': 'ml-platform',
    });
    expect(both.spec.template.metadata).toEqual({
      labels: { team: 'ml' },
      annotations: { 'example.com/owner': 'ml-platform' },
    });
    const noAnnotations = withTemplateAnnotations(both, {});
    expect(noAnnotations.spec.template.metadata).toEqual({ labels: { team: 'ml' } });
    expect('metadata' in withTemplateLabels(noAnnotations, {}).spec.template).toBe(false);
  });

  it('edits startup taints as a list of their own, leaving the taints alone', () => {
    const tainted = withTaintAdded(pool());
    const started = withTaintAt(
      withTaintAdded(tainted, 'startupTaints'),
      0,
      (t) => ({ ...t, key: 'node.cilium.io/agent-not-ready' }),
      'startupTaints',
    );
    expect(started.spec.template.spec.startupTaints).toEqual([
      { key: 'node.cilium.io/agent-not-ready', effect: 'NoSchedule' },
    ]);
    expect(templateTaints(started)).toEqual([{ key: '', effect: 'NoSchedule' }]);
    const removed = withTaintRemoved(started, 0, 'startupTaints');
    expect('startupTaints' in removed.spec.template.spec).toBe(false);
    expect(removed.spec.template.spec.taints).toHaveLength(1);
  });

  it('sets terminationGracePeriod, and empty text removes it', () => {
    const bounded = withTerminationGracePeriod(pool(), '48h');
    expect(bounded.spec.template.spec.terminationGracePeriod).toBe('48h');
    expect(
      'terminationGracePeriod' in withTerminationGracePeriod(bounded, '').spec.template.spec,
    ).toBe(false);
  });

  it('sets replicas, including 0, and removes them', () => {
    const none = withReplicas(pool(), 0);
    expect(none.spec.replicas).toBe(0);
    expect('replicas' in withReplicas(none, undefined).spec).toBe(false);
  });

  it('ticks and unticks budget reasons, removing reasons with the last one', () => {
    const budget = deepFreeze({ nodes: '10%' });
    const drifted = withBudgetReason(budget, 'Drifted', true);
    expect(drifted).toEqual({ nodes: '10%', reasons: ['Drifted'] });
    const both = withBudgetReason(drifted, 'Empty', true);
    expect(both.reasons).toEqual(['Drifted', 'Empty']);
    expect(withBudgetReason(both, 'Empty', true)).toEqual(both);
    expect(withBudgetReason(withBudgetReason(both, 'Drifted', false), 'Empty', false)).toEqual(
      budget,
    );
  });
});
