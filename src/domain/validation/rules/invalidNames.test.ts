import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import type { Design, Resource } from '../../design/types';
import { defaultEC2NodeClass, defaultNodePool } from '../../karpenter/defaults';
import { invalidNames } from './invalidNames';

const ORIGIN = { x: 0, y: 0 };

function designOf(...resources: Resource[]): Design {
  return { resources: Object.fromEntries(resources.map((r) => [r.id, r])) };
}

describe('invalidNames', () => {
  it('finds nothing in the example design', () => {
    expect(invalidNames(exampleDesign())).toEqual([]);
  });

  it('reports a NodePool whose name is not a DNS-1123 subdomain', () => {
    const design = designOf({
      id: 'np-1',
      kind: 'NodePool',
      position: ORIGIN,
      manifest: defaultNodePool('GPU_Pool', 'default'),
    });
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
    const design = designOf({
      id: 'nc-1',
      kind: 'EC2NodeClass',
      position: ORIGIN,
      manifest: defaultEC2NodeClass(''),
    });
    const problems = invalidNames(design);
    expect(problems).toMatchObject([{ rule: 'invalid-name', resourceId: 'nc-1' }]);
    expect(problems[0]?.message).toMatch(/name is required/);
  });

  it('flags a MIG profile name the inspector shows as invalid', () => {
    const design = designOf({
      id: 'mig-1',
      kind: 'MigProfile',
      position: ORIGIN,
      name: 'H100 small slices',
      config: 'all-1g.10gb',
    });
    expect(invalidNames(design)).toEqual([
      expect.objectContaining({ resourceId: 'mig-1', path: 'name', rule: 'invalid-name' }),
    ]);
  });
});
