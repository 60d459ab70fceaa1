import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import type { Design, NodePoolResource } from '../../design/types';
import { withNodeClassRef } from '../../karpenter/edits/nodePoolEdits';
import type { NodeClassReference } from '../../karpenter/model/types';
import { designOf, nodeClass, nodePool } from '../../../../test/fixtures/fixtures';
import { nodeClassReferences } from './nodeClassReferences';

/** A pool that references class `gpu`, with `ref` laid over its nodeClassRef. */
function poolReferencing(name: string, ref: Partial<NodeClassReference>): NodePoolResource {
  const pool = nodePool(name, 'gpu');
  return { ...pool, manifest: withNodeClassRef(pool.manifest, ref) };
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
    expect(nodeClassReferences(designOf(nodeClass('gpu'), poolReferencing('spot', {})))).toEqual(
      [],
    );
  });

  it('reports a pool whose class is not in the design, naming the class', () => {
    const problems = nodeClassReferences(designOf(nodeClass('cpu'), poolReferencing('spot', {})));
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
    const design = designOf(nodeClass('gpu'), poolReferencing('spot', { name: '' }));
    expect(rulesFor(design, 'np-spot')).toEqual(['nodeclassref-missing']);
  });

  it('reports a reference to another kind or group', () => {
    const design = designOf(
      nodeClass('gpu'),
      poolReferencing('spot', { group: 'karpenter.azure.com', kind: 'AKSNodeClass' }),
    );
    const problems = nodeClassReferences(design);
    expect(problems.map((p) => p.rule)).toEqual(['nodeclassref-kind']);
    expect(problems[0]?.message).toContain('AKSNodeClass');
  });
});
