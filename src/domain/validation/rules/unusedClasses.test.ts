import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import type { Design, EC2NodeClassResource, NodePoolResource, Resource } from '../../design/types';
import { defaultEC2NodeClass, defaultNodePool } from '../../karpenter/defaults';
import { unusedClasses } from './unusedClasses';

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

describe('unusedClasses', () => {
  it('finds nothing in the example design', () => {
    expect(unusedClasses(exampleDesign())).toEqual([]);
  });

  it('warns about a class no pool references', () => {
    const design = designOf(nodeClass('gpu'), nodeClass('spare'), nodePool('spot', 'gpu'));
    const problems = unusedClasses(design);
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        resourceId: 'nc-spare',
        path: 'metadata.name',
        rule: 'nodeclass-unused',
      },
    ]);
    expect(problems[0]?.message).toContain('"spare"');
  });

  it('warns about a lone class in a design without pools', () => {
    expect(unusedClasses(designOf(nodeClass('gpu'))).map((p) => p.resourceId)).toEqual(['nc-gpu']);
  });
});
