import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf, migProfile, nodeClass, nodePool } from '../../../../test/fixtures/fixtures';
import { invalidNames } from './invalidNames';

describe('invalidNames', () => {
  it('finds nothing in the example design', () => {
    expect(invalidNames(exampleDesign())).toEqual([]);
  });

  it('reports a NodePool whose name is not a DNS-1123 subdomain', () => {
    const design = designOf(nodePool('GPU_Pool', 'default', 'np-1'));
    const problems = invalidNames(design);
    expect(problems).toMatchObject([
      {
        severity: 'error',
        resourceId: 'np-1',
        path: 'metadata.name',
        rule: 'invalid-name',
      },
    ]);
    expect(problems[0]?.message).toContain('"GPU_Pool"');
  });

  it('reports an EC2NodeClass with an empty name as needing one', () => {
    const design = designOf(nodeClass('', 'nc-1'));
    const problems = invalidNames(design);
    expect(problems).toMatchObject([{ rule: 'invalid-name', resourceId: 'nc-1' }]);
    expect(problems[0]?.message).toMatch(/name is required/);
  });

  it('flags a MIG profile name the inspector shows as invalid', () => {
    const design = designOf(migProfile('H100 small slices', 'all-1g.10gb', 'mig-1'));
    expect(invalidNames(design)).toEqual([
      expect.objectContaining({ resourceId: 'mig-1', path: 'name', rule: 'invalid-name' }),
    ]);
  });
});
