import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { updateNodePool } from '../../design/operations';
import type { NodePoolResource } from '../../design/types';
import { designOf, migProfile, nodeClass, nodePool } from '../../../../test/fixtures/fixtures';
import { apiServerRules } from './apiServerRules';

function pool(name: string, spec: Record<string, unknown>): NodePoolResource {
  const resource = nodePool(name);
  return {
    ...resource,
    manifest: { ...resource.manifest, spec: { ...resource.manifest.spec, ...spec } },
  };
}

describe('apiServerRules', () => {
  it('finds nothing in the example design, MIG pool included', () => {
    expect(apiServerRules(exampleDesign())).toEqual([]);
  });

  it('reports a value the API server rejects as an error at its path, naming the resource', () => {
    expect(apiServerRules(designOf(pool('gpu-spot', { weight: 101 })))).toEqual([
      {
        severity: 'error',
        resourceId: 'np-gpu-spot',
        path: 'spec.weight',
        message: 'NodePool "gpu-spot": spec.weight must be at most 100 (got 101).',
        detail: 'must be at most 100 (got 101).',
        rule: 'api:maximum',
      },
    ]);
  });

  it('reports a CEL rule under its own id', () => {
    const problems = apiServerRules(
      designOf(pool('static', { replicas: 2, weight: 10, limits: { nodes: 4 } })),
    );
    expect(problems.map((p) => p.rule)).toEqual(['api:static-pool-weight']);
  });

  it('checks EC2NodeClasses too', () => {
    const base = nodeClass('gpu');
    const both = {
      ...base,
      manifest: { ...base.manifest, spec: { ...base.manifest.spec, instanceProfile: 'p' } },
    };
    expect(apiServerRules(designOf(both))).toEqual([
      expect.objectContaining({
        resourceId: 'nc-gpu',
        path: 'spec.role',
        rule: 'api:role-or-instance-profile',
      }),
    ]);
  });

  it('validates a pool with a MIG profile as exported, with the label and taint the profile adds', () => {
    const profile = migProfile('h100', 'all 1g.10gb');
    const attached = { ...nodePool('batch'), migProfileId: profile.id };
    const paths = apiServerRules(designOf(profile, attached)).map((p) => p.path);
    expect(paths.sort()).toEqual([
      'spec.template.metadata.labels[nvidia.com/mig.config]',
      'spec.template.spec.taints[0].value',
    ]);
  });

  it('leaves an invalid name to invalidNames, which reports it for every kind', () => {
    expect(apiServerRules(designOf(nodePool('Bad_Name')))).toEqual([]);
  });

  it('gives an unchanged resource the same problems after another is edited', () => {
    const before = designOf(pool('a', { weight: 0 }), pool('b', { weight: 0 }));
    const after = updateNodePool(before, 'np-b', (m) => ({ ...m, spec: { ...m.spec, weight: 5 } }));
    const [first] = apiServerRules(before);
    expect(apiServerRules(after)).toEqual([first]);
    expect(apiServerRules(after)[0]).toBe(first);
  });
});
