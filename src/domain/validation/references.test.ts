import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { nodeClassName } from '../karpenter/edits/nodePoolEdits';
import {
  designOf,
  migProfile,
  nodeClass,
  nodePool,
  ORIGIN,
  sharedClassDesign,
} from '../../../test/fixtures/fixtures';
import { validateDesign } from './validateDesign';
import { exportDesign } from '../yaml/export/exportDesign';
import { addResource, deleteResources } from '../design/operations';
import { checkConnection, connect, disconnect, references } from '../design/references';
import { EMPTY_DESIGN, type Design, type NodePoolResource } from '../design/types';

function pool(design: Design, id: string): NodePoolResource {
  const resource = design.resources[id];
  if (resource?.kind !== 'NodePool') throw new Error(`${id} is not a NodePool`);
  return resource;
}

function classOf(design: Design, poolId: string): string {
  return nodeClassName(pool(design, poolId).manifest);
}

function exportedLabels(design: Design, poolName: string): Record<string, string> {
  for (const doc of parseAllDocuments(exportDesign(design).text)) {
    const manifest = doc.toJS() as { kind: string; metadata: { name: string }; spec: unknown };
    if (manifest.kind !== 'NodePool' || manifest.metadata.name !== poolName) continue;
    const spec = manifest.spec as { template: { metadata?: { labels?: Record<string, string> } } };
    return spec.template.metadata?.labels ?? {};
  }
  throw new Error(`no NodePool ${poolName} in the export`);
}

describe('references', () => {
  it('draws one edge per pool when three pools share one class', () => {
    const design = designOf(
      nodeClass('gpu'),
      nodePool('spot', 'gpu'),
      nodePool('ondemand', 'gpu'),
      nodePool('batch', 'gpu'),
    );
    const edges = references(design);
    expect(edges).toHaveLength(3);
    expect(new Set(edges.map((e) => e.target))).toEqual(new Set(['nc-gpu']));
    expect(new Set(edges.map((e) => e.source))).toEqual(
      new Set(['np-spot', 'np-ondemand', 'np-batch']),
    );
    expect(edges.every((e) => e.kind === 'nodeClassRef')).toBe(true);
  });

  it('draws no edge for a pool whose class is not in the design', () => {
    expect(references(designOf(nodePool('orphan', 'gone')))).toEqual([]);
  });

  it('draws no edge for a MIG profile id that is not in the design', () => {
    const stale: NodePoolResource = { ...nodePool('batch', 'gpu'), migProfileId: 'mig-gone' };
    expect(references(designOf(nodeClass('gpu'), stale))).toEqual([
      expect.objectContaining({ kind: 'nodeClassRef' }),
    ]);
  });

  it('draws an edge from a MIG profile to the pool it is attached to', () => {
    const design = connect(
      designOf(nodeClass('gpu'), nodePool('batch', 'gpu'), migProfile('h100')),
      'mig-h100',
      'np-batch',
    );
    expect(references(design)).toContainEqual(
      expect.objectContaining({ kind: 'migProfile', source: 'mig-h100', target: 'np-batch' }),
    );
  });
});

describe('checkConnection', () => {
  const design = designOf(
    nodeClass('gpu'),
    nodeClass('general'),
    nodePool('spot', 'gpu'),
    nodePool('batch', 'gpu'),
    migProfile('h100'),
  );

  it('accepts a NodePool dragged to an EC2NodeClass', () => {
    expect(checkConnection(design, 'np-spot', 'nc-general')).toEqual({ ok: true });
  });

  it('accepts a MIG profile dragged to a NodePool', () => {
    expect(checkConnection(design, 'mig-h100', 'np-batch')).toEqual({ ok: true });
  });

  it.each([
    ['an EC2NodeClass to an EC2NodeClass', 'nc-gpu', 'nc-general', /EC2NodeClass/],
    ['a NodePool to a NodePool', 'np-spot', 'np-batch', /NodePool.*not a NodePool/],
    ['a MIG profile to an EC2NodeClass', 'mig-h100', 'nc-gpu', /MIG profile.*EC2NodeClass/],
    ['an EC2NodeClass to a NodePool', 'nc-gpu', 'np-spot', /EC2NodeClass.*NodePool/],
    ['a NodePool to a MIG profile', 'np-spot', 'mig-h100', /NodePool.*MIG profile/],
    ['a resource to itself', 'np-spot', 'np-spot', /itself/],
    ['a resource to one that no longer exists', 'np-spot', 'nc-gone', /no longer exists/],
  ])('refuses %s with a reason', (_what, source, target, reason) => {
    const check = checkConnection(design, source, target);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });

  it('refuses a class whose name is invalid, saying it needs a valid name', () => {
    const broken = designOf(nodeClass('Bad_Name', 'nc-bad'), nodePool('spot', 'gpu'));
    const check = checkConnection(broken, 'np-spot', 'nc-bad');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(/"Bad_Name" needs a valid name/);
  });

  it('leaves the design untouched when connect is refused', () => {
    expect(connect(design, 'nc-gpu', 'nc-general')).toBe(design);
  });
});

describe('connect a NodePool to an EC2NodeClass', () => {
  it('moves the reference to the second class instead of adding one', () => {
    const design = designOf(nodeClass('gpu'), nodeClass('general'), nodePool('spot', 'gpu'));
    const moved = connect(design, 'np-spot', 'nc-general');
    expect(references(moved)).toEqual([expect.objectContaining({ target: 'nc-general' })]);
    expect(pool(moved, 'np-spot').manifest.spec.template.spec.nodeClassRef).toEqual({
      group: 'karpenter.k8s.aws',
      kind: 'EC2NodeClass',
      name: 'general',
    });
  });

  it('repairs a wrong group and kind when connecting to the class it already names', () => {
    const stale = nodePool('spot', 'gpu');
    stale.manifest.spec.template.spec.nodeClassRef = { group: 'x.io', kind: 'Other', name: 'gpu' };
    const design = connect(designOf(nodeClass('gpu'), stale), 'np-spot', 'nc-gpu');
    expect(pool(design, 'np-spot').manifest.spec.template.spec.nodeClassRef).toEqual({
      group: 'karpenter.k8s.aws',
      kind: 'EC2NodeClass',
      name: 'gpu',
    });
  });

  it('returns the same design when the pool already references that class', () => {
    const design = designOf(nodeClass('gpu'), nodePool('spot', 'gpu'));
    expect(connect(design, 'np-spot', 'nc-gpu')).toBe(design);
  });
});

describe('connect a MIG profile to a NodePool', () => {
  const base = designOf(
    nodeClass('gpu'),
    nodePool('batch', 'gpu'),
    nodePool('train', 'gpu'),
    migProfile('small', 'all-1g.10gb'),
    migProfile('large', 'all-7g.80gb'),
  );

  it('replaces the profile a pool already has: a pool carries at most one', () => {
    const design = connect(connect(base, 'mig-small', 'np-batch'), 'mig-large', 'np-batch');
    expect(pool(design, 'np-batch').migProfileId).toBe('mig-large');
    expect(references(design).filter((e) => e.kind === 'migProfile')).toEqual([
      expect.objectContaining({ source: 'mig-large', target: 'np-batch' }),
    ]);
    expect(exportedLabels(design, 'batch')['nvidia.com/mig.config']).toBe('all-7g.80gb');
  });

  it('lets one profile serve several pools', () => {
    const design = connect(connect(base, 'mig-small', 'np-batch'), 'mig-small', 'np-train');
    const migEdges = references(design).filter((e) => e.kind === 'migProfile');
    expect(migEdges.map((e) => e.target).sort()).toEqual(['np-batch', 'np-train']);
    expect(migEdges.every((e) => e.source === 'mig-small')).toBe(true);
  });
});

describe('disconnect', () => {
  it('leaves an empty nodeClassRef name that the problems list reports as missing', () => {
    const design = disconnect(designOf(nodeClass('gpu'), nodePool('spot', 'gpu')), {
      kind: 'nodeClassRef',
      source: 'np-spot',
      target: 'nc-gpu',
    });
    expect(classOf(design, 'np-spot')).toBe('');
    expect(references(design)).toEqual([]);
    expect(validateDesign(design)).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        rule: 'nodeclassref-missing',
        resourceId: 'np-spot',
      }),
    );
  });

  it('detaches a MIG profile so the pool exports no MIG label', () => {
    const attached = connect(
      designOf(nodeClass('gpu'), nodePool('batch', 'gpu'), migProfile('h100')),
      'mig-h100',
      'np-batch',
    );
    const design = disconnect(attached, {
      kind: 'migProfile',
      source: 'mig-h100',
      target: 'np-batch',
    });
    expect(pool(design, 'np-batch').migProfileId).toBeUndefined();
    expect(exportedLabels(design, 'batch')).not.toHaveProperty(['nvidia.com/mig.config']);
  });

  it('ignores a reference the pool no longer has', () => {
    const design = designOf(nodeClass('gpu'), nodeClass('general'), nodePool('spot', 'gpu'));
    expect(
      disconnect(design, { kind: 'nodeClassRef', source: 'np-spot', target: 'nc-general' }),
    ).toBe(design);
  });
});

describe('deleting what a reference points at', () => {
  it('leaves the pools of a deleted class pointing at it, each reported as dangling', () => {
    const design = deleteResources(sharedClassDesign(), ['nc-gpu']);
    expect(classOf(design, 'np-spot')).toBe('gpu');
    expect(classOf(design, 'np-ondemand')).toBe('gpu');
    const dangling = validateDesign(design).filter((p) => p.rule === 'nodeclassref-dangling');
    expect(dangling.map((p) => p.resourceId).sort()).toEqual(['np-ondemand', 'np-spot']);
    for (const problem of dangling) {
      expect(problem.severity).toBe('error');
      expect(problem.message).toContain('"gpu"');
    }
  });

  it('detaches a deleted MIG profile from every pool it served', () => {
    const attached = connect(
      connect(
        designOf(
          nodeClass('gpu'),
          nodePool('batch', 'gpu'),
          nodePool('train', 'gpu'),
          migProfile('h100'),
        ),
        'mig-h100',
        'np-batch',
      ),
      'mig-h100',
      'np-train',
    );
    const design = deleteResources(attached, ['mig-h100']);
    expect(pool(design, 'np-batch').migProfileId).toBeUndefined();
    expect(pool(design, 'np-train').migProfileId).toBeUndefined();
    expect(exportedLabels(design, 'batch')).not.toHaveProperty(['nvidia.com/mig.config']);
    expect(exportedLabels(design, 'train')).not.toHaveProperty(['nvidia.com/mig.config']);
    expect(references(design).filter((e) => e.kind === 'migProfile')).toEqual([]);
  });
});

describe('the class a new NodePool references', () => {
  const ids = (kind: string) => `new-${kind}`;

  it('is `default` when the design has no class', () => {
    const { design, id } = addResource(EMPTY_DESIGN, 'NodePool', ORIGIN, ids);
    expect(classOf(design, id)).toBe('default');
  });

  it('is the first class by name when there are several', () => {
    const { design, id } = addResource(
      designOf(nodeClass('zeta'), nodeClass('alpha'), nodeClass('mid')),
      'NodePool',
      ORIGIN,
      ids,
    );
    expect(classOf(design, id)).toBe('alpha');
    expect(references(design)).toEqual([
      expect.objectContaining({ source: id, target: 'nc-alpha' }),
    ]);
  });
});
