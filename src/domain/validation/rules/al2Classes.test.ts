import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf } from '../../../../test/fixtures/fixtures';
import { classWith } from '../../../../test/fixtures/nodePoolBuilders';
import { al2Classes } from './al2Classes';

describe('al2Classes', () => {
  it('finds nothing in the example design', () => {
    expect(al2Classes(exampleDesign())).toEqual([]);
  });

  it('warns about an al2 alias, at the alias', () => {
    const design = designOf(classWith('legacy', { amiSelectorTerms: [{ alias: 'al2@latest' }] }));
    const problems = al2Classes(design);
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        resourceId: 'nc-legacy',
        path: 'spec.amiSelectorTerms[0].alias',
        rule: 'ami-al2-deprecated',
      },
    ]);
    expect(problems[0]?.message).toBe(
      'EC2NodeClass "legacy" uses Amazon Linux 2: EKS publishes no AL2 AMIs for Kubernetes 1.33 and later and ended their support in November 2025, so its nodes cannot follow a cluster upgrade. Switch to al2023@latest (or bottlerocket@latest) and port any userData to nodeadm\'s NodeConfig.',
    );
  });

  it('warns about a pinned al2 alias too', () => {
    const design = designOf(
      classWith('legacy', { amiSelectorTerms: [{ alias: 'al2@v20250101' }] }),
    );
    expect(al2Classes(design)).toHaveLength(1);
  });

  it('warns about amiFamily AL2 with AMIs chosen by id', () => {
    const design = designOf(
      classWith('custom', {
        amiFamily: 'AL2',
        amiSelectorTerms: [{ id: 'ami-0123456789abcdef0' }],
      }),
    );
    expect(al2Classes(design).map((p) => p.path)).toEqual(['spec.amiFamily']);
  });

  it('accepts AL2023 and Bottlerocket', () => {
    const design = designOf(
      classWith('al2023', { amiSelectorTerms: [{ alias: 'al2023@latest' }] }),
      classWith('br', { amiSelectorTerms: [{ alias: 'bottlerocket@latest' }] }),
    );
    expect(al2Classes(design)).toEqual([]);
  });
});
