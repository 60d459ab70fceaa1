import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../design/example';
import type { Design, EC2NodeClassResource, NodePoolResource, Resource } from '../design/types';
import { defaultEC2NodeClass, defaultNodePool } from '../karpenter/defaults';
import { validateDesign } from './validateDesign';

const ORIGIN = { x: 0, y: 0 };

function nodeClass(name: string): EC2NodeClassResource {
  return {
    id: `nc-${name}`,
    kind: 'EC2NodeClass',
    position: ORIGIN,
    manifest: defaultEC2NodeClass(name),
  };
}

function nodePool(name: string, className: string): NodePoolResource {
  return {
    id: `np-${name}`,
    kind: 'NodePool',
    position: ORIGIN,
    manifest: defaultNodePool(name, className),
  };
}

function designOf(...resources: Resource[]): Design {
  return { resources: Object.fromEntries(resources.map((r) => [r.id, r])) };
}

describe('validateDesign', () => {
  it('finds no errors and no warnings in the example design', () => {
    const problems = validateDesign(exampleDesign());
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.filter((p) => p.severity === 'warning')).toEqual([]);
  });

  it('finds nothing in an empty design', () => {
    expect(validateDesign({ resources: {} })).toEqual([]);
  });

  it('lists errors before warnings before infos', () => {
    const design = designOf(nodeClass('unused'), nodePool('orphan', 'gone'), {
      id: 'mig-idle',
      kind: 'MigProfile',
      position: ORIGIN,
      name: 'idle',
      config: 'all-1g.10gb',
    });
    expect(validateDesign(design).map((p) => p.severity)).toEqual(['error', 'warning', 'info']);
  });

  it('reports each problem against the resource it is about', () => {
    const problems = validateDesign(designOf(nodeClass('Bad_Name'), nodePool('web', 'Bad_Name')));
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'invalid-name', resourceId: 'nc-Bad_Name' }),
    ]);
  });
});
