import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import type { NodeSelectorRequirement } from '../../karpenter/model/types';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import { unmetMinValues } from './unmetMinValues';

const FAMILY = 'karpenter.k8s.aws/instance-family';
const CATEGORY = 'karpenter.k8s.aws/instance-category';
const GPU_NAME = 'karpenter.k8s.aws/instance-gpu-name';

function withMin(source: NodeSelectorRequirement, minValues: number): NodeSelectorRequirement {
  return { ...source, minValues };
}

function findings(...requirements: NodeSelectorRequirement[]) {
  return unmetMinValues(designOf(poolWith('gpu', requirements)), CATALOG);
}

describe('unmetMinValues', () => {
  it('finds nothing in the example design', () => {
    expect(unmetMinValues(exampleDesign(), CATALOG)).toEqual([]);
  });

  it('says nothing until the catalog has loaded', () => {
    const pool = poolWith('gpu', [withMin(requirement(FAMILY, 'In', 'g5', 'g6'), 3)]);
    expect(unmetMinValues(designOf(pool))).toEqual([]);
  });

  // The API server accepts this: the In list has as many values as minValues asks.
  it('warns when other requirements leave fewer values than minValues, at that requirement', () => {
    const problems = findings(
      requirement(GPU_NAME, 'In', 'a10g', 'l4'),
      withMin(requirement(FAMILY, 'In', 'g5', 'g6', 'p5'), 3),
    );
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        resourceId: 'np-gpu',
        path: 'spec.template.spec.requirements[1]',
        rule: 'min-values-unmet',
      },
    ]);
    expect(problems[0]?.message).toContain(
      'NodePool "gpu" asks for minValues 3 on karpenter.k8s.aws/instance-family, but of the',
    );
    expect(problems[0]?.message).toContain(
      'they span only 2 (g5 or g6): Karpenter skips the pool ("minValues requirement is not met for label(s)", event NoCompatibleInstanceTypes) unless it runs with --min-values-policy=BestEffort. Lower minValues to 2, or widen the requirements.',
    );
  });

  it('counts values of a key the pool does not list', () => {
    const [problem] = findings(
      requirement(GPU_NAME, 'In', 'a10g'),
      withMin(requirement(CATEGORY, 'Exists'), 2),
    );
    expect(problem?.message).toContain('they span only 1 (g)');
  });

  it('accepts minValues the allowed types meet', () => {
    expect(findings(withMin(requirement(FAMILY, 'In', 'g5', 'g6', 'p5'), 3))).toEqual([]);
  });

  it('leaves offering keys such as the capacity type to the engine', () => {
    expect(
      findings(withMin(requirement('karpenter.sh/capacity-type', 'In', 'spot', 'on-demand'), 2)),
    ).toEqual([]);
  });

  it('leaves pools with no type to requirements-no-instance', () => {
    expect(
      findings(
        requirement('kubernetes.io/arch', 'In', 'arm64'),
        withMin(requirement(FAMILY, 'In', 'g5', 'g6'), 2),
      ),
    ).toEqual([]);
  });
});
