import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import type { Design, EC2NodeClassResource, NodePoolResource, Resource } from '../../design/types';
import { defaultEC2NodeClass, defaultNodePool } from '../../karpenter/defaults';
import { withNodeClassRef } from '../../karpenter/nodePoolEdits';
import type { NodeClassReference } from '../../karpenter/types';
import { nodeClassReferences } from './nodeClassReferences';

const ORIGIN = { x: 0, y: 0 };

function nodeClass(name: string): EC2NodeClassResource {
  return {
    id: `nc-${name}`,
    kind: 'EC2NodeClass',
    position: ORIGIN,
    manifest: defaultEC2NodeClass(name),
  };
}

function nodePool(name: string, ref: Partial<NodeClassReference>): NodePoolResource {
  return {
    id: `np-${name}`,
    kind: 'NodePool',
    position: ORIGIN,
    manifest: withNodeClassRef(defaultNodePool(name, 'gpu'), ref),
  };
}

function designOf(...resources: Resource[]): Design {
  return { resources: Object.fromEntries(resources.map((r) => [r.id, r])) };
}

function rulesFor(design: Design, poolId: string): string[] {
  return nodeClassReferences(design)
    .filter((p) => p.resourceId === poolId)
    .map((p) => p.rule);
}

describe('nodeClassReferences', () => {
  it('finds nothing in the example design', () => {
    expect(nodeClassReferences(exampleDesign())).toEqual([]);
  });

  it('finds nothing for a pool whose class is in the design', () => {
    expect(nodeClassReferences(designOf(nodeClass('gpu'), nodePool('spot', {})))).toEqual([]);
  });

  it('reports a pool whose class is not in the design, naming the class', () => {
    const problems = nodeClassReferences(designOf(nodeClass('cpu'), nodePool('spot', {})));
    expect(problems).toMatchObject([
      {
        severity: 'error',
        resourceId: 'np-spot',
        path: 'spec.template.spec.nodeClassRef.name',
        rule: 'nodeclassref-dangling',
      },
    ]);
    expect(problems[0]?.message).toContain('EC2NodeClass "gpu"');
  });

  it('reports a pool with no class name as missing, not dangling', () => {
    const design = designOf(nodeClass('gpu'), nodePool('spot', { name: '' }));
    expect(rulesFor(design, 'np-spot')).toEqual(['nodeclassref-missing']);
  });

  it('reports a reference to another kind or group', () => {
    const design = designOf(
      nodeClass('gpu'),
      nodePool('spot', { group: 'karpenter.azure.com', kind: 'AKSNodeClass' }),
    );
    const problems = nodeClassReferences(design);
    expect(problems.map((p) => p.rule)).toEqual(['nodeclassref-kind']);
    expect(problems[0]?.message).toContain('AKSNodeClass');
  });
});
