import { describe, expect, it } from 'vitest';
import { defaultNodePool } from '../../karpenter/model/defaults';
import {
  budgetProblems,
  consolidateAfterProblem,
  durationOrNeverProblem,
  quantityProblem,
  requirementProblems,
  weightProblem,
} from './nodePoolFieldProblems';

const spec = () => defaultNodePool('general', 'default').spec;

describe('NodePool field problems', () => {
  it('accepts Go durations and Never, and rejects days', () => {
    for (const ok of ['30s', '5m', '1h30m', '720h', 'Never']) {
      expect(durationOrNeverProblem(ok)).toBeUndefined();
    }
    expect(durationOrNeverProblem('7d')).toBeDefined();
    expect(durationOrNeverProblem('never')).toBeDefined();
  });

  it('requires consolidateAfter once disruption is set', () => {
    expect(consolidateAfterProblem(undefined)).toBeUndefined();
    expect(consolidateAfterProblem({ consolidationPolicy: 'WhenEmpty' })).toMatch(/required/);
    expect(consolidateAfterProblem({ consolidateAfter: '1m' })).toBeUndefined();
  });

  it('keeps weight between 1 and 100 and off static pools', () => {
    expect(weightProblem({ ...spec(), weight: 100 })).toBeUndefined();
    expect(weightProblem({ ...spec(), weight: 0 })).toMatch(/1 to 100/);
    expect(weightProblem({ ...spec(), weight: 101 })).toMatch(/1 to 100/);
    expect(weightProblem({ ...spec(), weight: 10, replicas: 2 })).toMatch(/static/);
  });

  it('accepts Kubernetes quantities and rejects words', () => {
    for (const ok of ['1000', '4000Gi', '500m', '1.5', '1e3']) {
      expect(quantityProblem(ok)).toBeUndefined();
    }
    expect(quantityProblem(16)).toBeUndefined();
    expect(quantityProblem('')).toMatch(/required/);
    expect(quantityProblem('lots')).toBeDefined();
    expect(quantityProblem('4000GB')).toBeDefined();
  });

  it('checks budget nodes, and pairs a schedule with a duration', () => {
    expect(budgetProblems({ nodes: '10%' })).toEqual({});
    expect(budgetProblems({ nodes: '0', schedule: '0 9 * * mon-fri', duration: '8h' })).toEqual({});
    expect(budgetProblems({}).nodes).toMatch(/required/);
    expect(budgetProblems({ nodes: '101%' }).nodes).toBeDefined();
    expect(budgetProblems({ nodes: '1', schedule: '@daily' }).duration).toMatch(/with a schedule/);
    expect(budgetProblems({ nodes: '1', duration: '8h' }).schedule).toMatch(/with a duration/);
    expect(
      budgetProblems({ nodes: '1', schedule: '@daily', duration: '30s' }).duration,
    ).toBeDefined();
  });

  it('wants a value for In and a single whole number for Gt', () => {
    expect(requirementProblems({ key: 'kubernetes.io/arch', operator: 'In' }).values).toMatch(
      /at least one/,
    );
    expect(
      requirementProblems({
        key: 'karpenter.k8s.aws/instance-generation',
        operator: 'Gt',
        values: ['2'],
      }),
    ).toEqual({});
    expect(
      requirementProblems({
        key: 'karpenter.k8s.aws/instance-generation',
        operator: 'Gt',
        values: ['x'],
      }).values,
    ).toMatch(/whole number/);
    expect(requirementProblems({ key: 'kubernetes.io/os', operator: 'Exists' })).toEqual({});
  });

  it('flags a restricted key and a bad value', () => {
    const problems = requirementProblems({
      key: 'karpenter.sh/nodepool',
      operator: 'NotIn',
      values: ['ok', 'not ok'],
    });
    expect(problems.key).toBeDefined();
    expect(problems.values).toMatch(/"not ok"/);
  });

  it('holds minValues to 1..50 and to the number of values listed', () => {
    const family = { key: 'karpenter.k8s.aws/instance-family', operator: 'In' as const };
    expect(requirementProblems({ ...family, values: ['g5', 'g6'], minValues: 2 })).toEqual({});
    expect(requirementProblems({ ...family, values: ['g5'], minValues: 2 }).minValues).toMatch(
      /at least 2/,
    );
    expect(requirementProblems({ ...family, values: ['g5'], minValues: 0 }).minValues).toMatch(
      /1 to 50/,
    );
  });
});
