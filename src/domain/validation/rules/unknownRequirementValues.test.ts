import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { unknownRequirementValues } from './unknownRequirementValues';

describe('unknownRequirementValues', () => {
  it('finds nothing in the example design', () => {
    expect(unknownRequirementValues(exampleDesign())).toEqual([]);
  });

  it('warns about capacity-type "ondemand" and suggests on-demand', () => {
    const pool = poolWith('web', [
      requirement('karpenter.sh/capacity-type', 'In', 'spot', 'ondemand'),
    ]);
    const problems = unknownRequirementValues(designOf(pool));
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        resourceId: 'np-web',
        path: 'spec.template.spec.requirements[0].values',
        rule: 'requirement-value-unknown',
      },
    ]);
    expect(problems[0]?.message).toBe(
      'NodePool "web" allows karpenter.sh/capacity-type "ondemand", which no EC2 instance has (Karpenter knows spot, on-demand, reserved), so that value never matches. Did you mean on-demand?',
    );
  });

  it.each([
    ['kubernetes.io/arch', 'x86_64', 'amd64'],
    ['kubernetes.io/arch', 'aarch64', 'arm64'],
    ['kubernetes.io/os', 'Linux', 'linux'],
  ])('suggests the Kubernetes spelling for %s "%s"', (key, value, meant) => {
    const problems = unknownRequirementValues(
      designOf(poolWith('p', [requirement(key, 'In', value)])),
    );
    expect(problems[0]?.message).toContain(`Did you mean ${meant}?`);
  });

  it('lists the known values when it cannot guess', () => {
    const pool = poolWith('p', [requirement('karpenter.sh/capacity-type', 'In', 'cheap')]);
    expect(unknownRequirementValues(designOf(pool))[0]?.message).toContain(
      'Use spot, on-demand, reserved.',
    );
  });

  it('ignores NotIn, which cannot narrow a pool to nothing, and keys it does not know', () => {
    const pool = poolWith('p', [
      requirement('karpenter.sh/capacity-type', 'NotIn', 'cheap'),
      requirement('example.com/team', 'In', 'anything'),
    ]);
    expect(unknownRequirementValues(designOf(pool))).toEqual([]);
  });
});
