import { describe, expect, it } from 'vitest';
import { requirementProblems } from './nodePoolFieldProblems';

describe('NodePool field problems', () => {
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
