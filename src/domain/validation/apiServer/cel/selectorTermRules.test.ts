import { describe, expect, it } from 'vitest';
import { problemSentence } from '../apiProblem';
import { classWith } from '../../../../../test/apiServer/manifestBuilders';
import { validateManifest } from '../validateManifest';

const sentences = (spec: Record<string, unknown>) =>
  validateManifest(classWith(spec)).map(problemSentence);

describe('selector term rules', () => {
  it('suggest the discovery tag for an empty subnet list, once', () => {
    expect(sentences({ subnetSelectorTerms: [] })).toEqual([
      'spec.subnetSelectorTerms is empty: add a term that selects your subnets, e.g. tags: {karpenter.sh/discovery: my-cluster}.',
    ]);
  });

  it('accept an id mixed with tags in one term while another term is plain, as upstream does', () => {
    expect(
      sentences({
        subnetSelectorTerms: [{ id: 'subnet-1', tags: { a: 'b' } }, { id: 'subnet-2' }],
      }),
    ).toEqual([]);
  });

  it('reject an id mixed with other fields in every term (a name with an id breaks both rules)', () => {
    expect(sentences({ securityGroupSelectorTerms: [{ id: 'sg-1', name: 'nodes' }] })).toEqual([
      'spec.securityGroupSelectorTerms combines id with tags or name in every term: set id alone in a term.',
      'spec.securityGroupSelectorTerms combines name with tags or id in every term: set name alone in a term.',
    ]);
  });

  it('reject an empty capacity reservation list, which upstream reports as an id rule', () => {
    expect(
      validateManifest(classWith({ capacityReservationSelectorTerms: [] })).map((p) => p.rule),
    ).toEqual(['capacity-reservation-id-alone']);
  });

  it('point at an empty tag value and offer *', () => {
    expect(
      sentences({ subnetSelectorTerms: [{ tags: { 'karpenter.sh/discovery': '' } }] }),
    ).toEqual([
      'spec.subnetSelectorTerms[0].tags[karpenter.sh/discovery] is empty: give a value, or * to match any value.',
    ]);
  });
});
