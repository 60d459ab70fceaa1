import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { poolsWithoutLimits } from './poolsWithoutLimits';

const linux = [requirement('kubernetes.io/os', 'In', 'linux')];

describe('poolsWithoutLimits', () => {
  it('finds nothing in the example design', () => {
    expect(poolsWithoutLimits(exampleDesign())).toEqual([]);
  });

  it('warns about a pool without limits, at spec.limits', () => {
    const pool = poolWith('web', linux, { spec: { limits: undefined } });
    expect(poolsWithoutLimits(designOf(pool))).toEqual([
      {
        severity: 'warning',
        resourceId: 'np-web',
        path: 'spec.limits',
        message:
          'NodePool "web" has no limits: while pods are pending it keeps adding nodes, and cost, without bound. Set spec.limits, e.g. cpu: "1000" (or nvidia.com/gpu for GPU pools).',
        rule: 'nodepool-no-limits',
      },
    ]);
  });

  it('treats empty limits as none', () => {
    const pool = poolWith('web', linux, { spec: { limits: {} } });
    expect(poolsWithoutLimits(designOf(pool))).toHaveLength(1);
  });

  it('accepts a pool limited only by GPUs', () => {
    const pool = poolWith('gpu', linux, { spec: { limits: { 'nvidia.com/gpu': '8' } } });
    expect(poolsWithoutLimits(designOf(pool))).toEqual([]);
  });

  it('leaves static pools alone: replicas fixes their size', () => {
    const pool = poolWith('static', linux, { spec: { limits: undefined, replicas: 3 } });
    expect(poolsWithoutLimits(designOf(pool))).toEqual([]);
  });
});
