import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf, nodeClass } from '../../../../test/fixtures/fixtures';
import { classWith, poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { CATALOG, instanceType } from '../../../../test/support/instanceCatalog';
import { capacityOf } from '../../karpenter/catalog/allocatable';
import { nodeClassSettings } from '../../karpenter/catalog/nodeClassSettings';
import type { EC2NodeClassResource } from '../../design/types';
import { unreachableLimits } from './unreachableLimits';

const FAMILY = 'karpenter.k8s.aws/instance-family';
const TYPE = 'node.kubernetes.io/instance-type';

function findings(
  limits: Record<string, string | number>,
  requirements = [requirement(FAMILY, 'In', 'm5')],
  nodeClassResource: EC2NodeClassResource = nodeClass('default'),
) {
  const pool = poolWith('web', requirements, { spec: { limits } });
  return unreachableLimits(designOf(nodeClassResource, pool), CATALOG);
}

describe('unreachableLimits', () => {
  it('finds nothing in the example design', () => {
    expect(unreachableLimits(exampleDesign(), CATALOG)).toEqual([]);
  });

  it('says nothing until the catalog has loaded', () => {
    const pool = poolWith('web', [requirement(FAMILY, 'In', 'm5')], {
      spec: { limits: { cpu: 1 } },
    });
    expect(unreachableLimits(designOf(nodeClass('default'), pool))).toEqual([]);
  });

  it('warns when every allowed type exceeds a limit, naming the smallest', () => {
    expect(findings({ cpu: 1 })).toEqual([
      {
        severity: 'warning',
        resourceId: 'np-web',
        path: 'spec.limits[cpu]',
        rule: 'limits-unreachable',
        message:
          'NodePool "web" limits cpu to 1, but every instance type it allows has more: the smallest, m5.large, has cpu 2. Karpenter counts a node\'s whole capacity against the limits and refuses with "all available instance types exceed limits for nodepool", so the pool launches nothing. Raise the limit above one node, or allow smaller instance types.',
      },
    ]);
  });

  it('warns about limits.nodes 0', () => {
    const [problem] = findings({ nodes: 0, cpu: 1000 });
    expect(problem).toMatchObject({ rule: 'limits-unreachable', path: 'spec.limits[nodes]' });
    expect(problem?.message).toContain('node limits have been exhausted for nodepool');
  });

  // spec 1.11: limits count capacity, not allocatable.
  it('counts capacity, not allocatable, against the limit', () => {
    const large = [requirement(TYPE, 'In', 'm5.large')];
    const memory = capacityOf(instanceType('m5.large'), nodeClassSettings(undefined)).memory ?? 0;
    expect(findings({ memory: memory - 1 }, large)).toMatchObject([{ rule: 'limits-unreachable' }]);
    expect(findings({ memory }, large)).toEqual([]);
  });

  it("counts pods at the class's kubelet.maxPods", () => {
    const large = [requirement(TYPE, 'In', 'm5.large')];
    // m5.large gives 29 pods from its ENIs; a class maxPods of 110 makes each node count 110.
    expect(findings({ pods: 100 }, large)).toEqual([]);
    const dense = classWith('default', { kubelet: { maxPods: 110 } });
    expect(findings({ pods: 100 }, large, dense)).toMatchObject([{ rule: 'limits-unreachable' }]);
  });

  it('warns when a limit stops below one node of half the allowed types or more', () => {
    const problems = findings({ cpu: 16 });
    expect(problems).toMatchObject([
      { severity: 'warning', rule: 'limits-exclude-largest', path: 'spec.limits[cpu]' },
    ]);
    expect(problems[0]?.message).toContain(
      'NodePool "web" limits cpu to 16, less than one node of 5 instance types of the 9 it allows, up to m5.24xlarge (cpu 96)',
    );
  });

  it('accepts a cap that shuts out only the few largest types', () => {
    expect(findings({ cpu: 64 })).toEqual([]);
    expect(
      findings({ cpu: 100 }, [
        requirement('karpenter.k8s.aws/instance-category', 'In', 'c', 'm', 'r'),
      ]),
    ).toEqual([]);
  });

  it('accepts limits above one node of every allowed type', () => {
    expect(findings({ cpu: 96, memory: '1000Gi' })).toEqual([]);
  });

  it('leaves static pools alone', () => {
    const pool = poolWith('web', [requirement(FAMILY, 'In', 'm5')], {
      spec: { limits: { cpu: 1 }, replicas: 2 },
    });
    expect(unreachableLimits(designOf(nodeClass('default'), pool), CATALOG)).toEqual([]);
  });
});
