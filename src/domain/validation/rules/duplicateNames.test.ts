import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf, migProfile, nodeClass, nodePool } from '../../../../test/fixtures/fixtures';
import { workload, workloadResource } from '../../../../test/fixtures/workloads';
import { duplicateNames } from './duplicateNames';

describe('duplicateNames', () => {
  it('finds nothing in the example design', () => {
    expect(duplicateNames(exampleDesign())).toEqual([]);
  });

  it('reports both EC2NodeClasses that share a name', () => {
    const problems = duplicateNames(
      designOf(nodeClass('gpu', 'nc-a'), nodeClass('gpu', 'nc-b'), nodeClass('cpu', 'nc-c')),
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
      designOf(
        nodePool('web', 'default', 'np-a'),
        nodePool('web', 'default', 'np-b'),
        nodePool('web', 'default', 'np-c'),
      ),
    );
    expect(problems.map((p) => p.resourceId).sort()).toEqual(['np-a', 'np-b', 'np-c']);
    expect(problems[0]?.message).toBe('3 NodePools are named "web": names must be unique.');
  });

  it('reports MIG profiles that share a name at their name', () => {
    const profile = (id: string) => migProfile('h100', 'all-1g.10gb', id);
    const problems = duplicateNames(designOf(profile('mig-a'), profile('mig-b')));
    expect(problems).toHaveLength(2);
    expect(problems.every((p) => p.path === 'name')).toBe(true);
    expect(problems[0]?.message).toContain('2 MIG profiles are named "h100"');
  });

  it('lets a NodePool and an EC2NodeClass share a name: they are different kinds', () => {
    expect(
      duplicateNames(designOf(nodeClass('gpu', 'nc-a'), nodePool('gpu', 'default', 'np-a'))),
    ).toEqual([]);
  });

  it('tells workloads apart by kind and namespace, as the API server does', () => {
    const web = (id: string, kind: 'Deployment' | 'Job', namespace?: string) => {
      const resource = workloadResource({ ...workload('web', { kind }), id });
      const { metadata } = resource.manifest;
      return namespace
        ? { ...resource, manifest: { ...resource.manifest, metadata: { ...metadata, namespace } } }
        : resource;
    };
    expect(
      duplicateNames(
        designOf(web('wl-a', 'Deployment'), web('wl-b', 'Job'), web('wl-c', 'Deployment', 'ml')),
      ),
    ).toEqual([]);
    const problems = duplicateNames(designOf(web('wl-a', 'Deployment'), web('wl-b', 'Deployment')));
    expect(problems.map((p) => p.message)).toEqual([
      '2 Deployments are named "web" in namespace "default": names must be unique.',
      '2 Deployments are named "web" in namespace "default": names must be unique.',
    ]);
  });
});
