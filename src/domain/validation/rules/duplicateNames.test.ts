import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import type { Design, EC2NodeClassResource, NodePoolResource, Resource } from '../../design/types';
import { defaultEC2NodeClass, defaultNodePool } from '../../karpenter/defaults';
import { duplicateNames } from './duplicateNames';

const ORIGIN = { x: 0, y: 0 };

function nodeClass(id: string, name: string): EC2NodeClassResource {
  return { id, kind: 'EC2NodeClass', position: ORIGIN, manifest: defaultEC2NodeClass(name) };
}

function nodePool(id: string, name: string): NodePoolResource {
  return { id, kind: 'NodePool', position: ORIGIN, manifest: defaultNodePool(name, 'default') };
}

function designOf(...resources: Resource[]): Design {
  return { resources: Object.fromEntries(resources.map((r) => [r.id, r])) };
}

describe('duplicateNames', () => {
  it('finds nothing in the example design', () => {
    expect(duplicateNames(exampleDesign())).toEqual([]);
  });

  it('reports both EC2NodeClasses that share a name', () => {
    const problems = duplicateNames(
      designOf(nodeClass('nc-a', 'gpu'), nodeClass('nc-b', 'gpu'), nodeClass('nc-c', 'cpu')),
    );
    expect(problems.map((p) => p.resourceId).sort()).toEqual(['nc-a', 'nc-b']);
    for (const problem of problems) {
      expect(problem).toMatchObject({
        severity: 'error',
        rule: 'duplicate-name',
        path: 'metadata.name',
      });
      expect(problem.message).toContain('2 EC2NodeClasses are named "gpu"');
    }
  });

  it('reports all three NodePools that share a name', () => {
    const problems = duplicateNames(
      designOf(nodePool('np-a', 'web'), nodePool('np-b', 'web'), nodePool('np-c', 'web')),
    );
    expect(problems.map((p) => p.resourceId).sort()).toEqual(['np-a', 'np-b', 'np-c']);
    expect(problems[0]?.message).toBe('3 NodePools are named "web": names must be unique.');
  });

  it('reports MIG profiles that share a name at their name', () => {
    const profile = (id: string) =>
      ({ id, kind: 'MigProfile', position: ORIGIN, name: 'h100', config: 'all-1g.10gb' }) as const;
    const problems = duplicateNames(designOf(profile('mig-a'), profile('mig-b')));
    expect(problems).toHaveLength(2);
    expect(problems.every((p) => p.path === 'name')).toBe(true);
    expect(problems[0]?.message).toContain('2 MIG profiles are named "h100"');
  });

  it('lets a NodePool and an EC2NodeClass share a name: they are different kinds', () => {
    expect(duplicateNames(designOf(nodeClass('nc-a', 'gpu'), nodePool('np-a', 'gpu')))).toEqual([]);
  });
});
