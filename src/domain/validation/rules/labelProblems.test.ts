import { describe, expect, it } from 'vitest';
import { labelKeyProblem, labelValueProblem, qualifiedNameProblem } from './labelProblems';

describe('label keys', () => {
  it('accepts plain and prefixed keys', () => {
    expect(labelKeyProblem('team')).toBeUndefined();
    expect(labelKeyProblem('example.com/team')).toBeUndefined();
    expect(labelKeyProblem('karpenter.sh/capacity-type')).toBeUndefined();
    expect(labelKeyProblem('karpenter.k8s.aws/instance-family')).toBeUndefined();
  });

  it('requires a key and rejects a malformed one', () => {
    expect(labelKeyProblem('')).toBe('is empty');
    expect(labelKeyProblem('Example.com/team')).toBeDefined();
    expect(labelKeyProblem('team-')).toBeDefined();
  });

  it("rejects labels in Karpenter's own domains, as the CRD does", () => {
    expect(labelKeyProblem('karpenter.sh/nodepool')).toMatch(/set by Karpenter/);
    expect(labelKeyProblem('karpenter.sh/my-label')).toMatch(/restricted/);
    expect(labelKeyProblem('kubernetes.io/hostname')).toMatch(/restricted/);
    expect(labelKeyProblem('karpenter.k8s.aws/instance-gpu-names')).toMatch(/restricted/);
  });

  it('checks taint and limit keys by format only', () => {
    expect(qualifiedNameProblem('nvidia.com/gpu')).toBeUndefined();
    expect(qualifiedNameProblem('karpenter.sh/disrupted')).toBeUndefined();
    expect(qualifiedNameProblem('a b')).toBeDefined();
  });
});

describe('label values', () => {
  it('accepts an empty label value but not a long one', () => {
    expect(labelValueProblem('')).toBeUndefined();
    expect(labelValueProblem('all-1g.10gb')).toBeUndefined();
    expect(labelValueProblem('a'.repeat(64))).toMatch(/63/);
  });
});
