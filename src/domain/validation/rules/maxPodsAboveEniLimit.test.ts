import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf, nodeClass } from '../../../../test/fixtures/fixtures';
import { classWith, poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import type { EC2NodeClassResource } from '../../design/types';
import type { EC2NodeClassSpec } from '../../karpenter/model/types';
import { maxPodsAboveEniLimit } from './maxPodsAboveEniLimit';

const FAMILY = 'karpenter.k8s.aws/instance-family';
const TYPE = 'node.kubernetes.io/instance-type';

function findings(
  spec: Partial<EC2NodeClassSpec>,
  ...requirements: ReturnType<typeof requirement>[]
) {
  const theClass: EC2NodeClassResource = classWith('dense', spec);
  const pool = poolWith('web', requirements, { className: 'dense' });
  return maxPodsAboveEniLimit(designOf(theClass, pool), CATALOG);
}

describe('maxPodsAboveEniLimit', () => {
  it('finds nothing in the example design', () => {
    expect(maxPodsAboveEniLimit(exampleDesign(), CATALOG)).toEqual([]);
  });

  it('says nothing until the catalog has loaded', () => {
    const theClass = classWith('dense', { kubelet: { maxPods: 110 } });
    const pool = poolWith('web', [requirement(FAMILY, 'In', 't3')], { className: 'dense' });
    expect(maxPodsAboveEniLimit(designOf(theClass, pool))).toEqual([]);
  });

  it('warns on the class, naming the smallest type and its ENI limit', () => {
    expect(findings({ kubelet: { maxPods: 110 } }, requirement(FAMILY, 'In', 't3'))).toEqual([
      {
        severity: 'warning',
        resourceId: 'nc-dense',
        path: 'spec.kubelet.maxPods',
        rule: 'max-pods-above-eni',
        message:
          'EC2NodeClass "dense" sets kubelet.maxPods 110, more than the ENIs of 7 instance types its NodePools can launch give pod IPs for, down to 4 on t3.nano: Karpenter packs 110 pods onto such a node, and with the VPC CNI the pods past its ENI limit never get an IP. Remove maxPods so that Karpenter gives each type its own ENI limit, keep the smaller types out of those pools, or ignore this if the VPC CNI runs with prefix delegation (ENABLE_PREFIX_DELEGATION).',
      },
    ]);
  });

  it('accepts maxPods within every type’s ENI limit (m5.large: 29)', () => {
    expect(findings({ kubelet: { maxPods: 29 } }, requirement(TYPE, 'In', 'm5.large'))).toEqual([]);
    expect(
      findings({ kubelet: { maxPods: 30 } }, requirement(TYPE, 'In', 'm5.large')),
    ).toHaveLength(1);
  });

  it('counts the pods podsPerCore leaves, not maxPods alone', () => {
    // m5.large has 2 vCPUs: podsPerCore 10 caps it at 20 pods, within its 29 IPs.
    expect(
      findings({ kubelet: { maxPods: 110, podsPerCore: 10 } }, requirement(TYPE, 'In', 'm5.large')),
    ).toEqual([]);
  });

  it('leaves Windows classes alone: their pod IPs do not come from the VPC CNI', () => {
    expect(
      findings(
        { amiSelectorTerms: [{ alias: 'windows2022@latest' }], kubelet: { maxPods: 110 } },
        requirement(TYPE, 'In', 'm5.large'),
      ),
    ).toEqual([]);
  });

  it('says nothing of a class without maxPods or without pools', () => {
    expect(findings({}, requirement(FAMILY, 'In', 't3'))).toEqual([]);
    const lonely = classWith('dense', { kubelet: { maxPods: 110 } });
    expect(maxPodsAboveEniLimit(designOf(lonely, poolWith('web', [])), CATALOG)).toEqual([]);
    expect(maxPodsAboveEniLimit(designOf(nodeClass('default')), CATALOG)).toEqual([]);
  });
});
