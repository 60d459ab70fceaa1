import { describe, expect, it } from 'vitest';
import { nodeClassName } from '../karpenter/edits/nodePoolEdits';
import {
  designOf,
  migProfile,
  nodeClass,
  nodePool,
  ORIGIN,
  sequentialIds,
  sharedClassDesign,
} from '../../../test/fixtures/fixtures';
import {
  addResource,
  classFollowers,
  deleteResources,
  moveResources,
  renameResource,
  updateEC2NodeClass,
  updateMigProfile,
  updateNodePool,
} from './operations';
import { references } from './references';
import { resourceName } from './resources';
import { EMPTY_DESIGN, type Design } from './types';

function nameOf(design: Design, id: string): string | undefined {
  const resource = design.resources[id];
  return resource && resourceName(resource);
}

function classOf(design: Design, poolId: string): string | undefined {
  const resource = design.resources[poolId];
  return resource?.kind === 'NodePool' ? nodeClassName(resource.manifest) : undefined;
}

describe('addResource', () => {
  it('names each kind after its kind, counting up', () => {
    const ids = sequentialIds();
    let design = EMPTY_DESIGN;
    const added: string[] = [];
    for (const kind of ['NodePool', 'NodePool', 'EC2NodeClass', 'MigProfile'] as const) {
      const result = addResource(design, kind, ORIGIN, ids);
      design = result.design;
      added.push(nameOf(design, result.id) ?? '');
    }
    expect(added).toEqual(['nodepool-1', 'nodepool-2', 'ec2nodeclass-1', 'migprofile-1']);
  });

  it('places the resource where it was dropped and uses the injected id', () => {
    const { design, id } = addResource(
      EMPTY_DESIGN,
      'EC2NodeClass',
      { x: 40, y: -8 },
      () => 'nc-x',
    );
    expect(id).toBe('nc-x');
    expect(design.resources['nc-x']?.position).toEqual({ x: 40, y: -8 });
  });

  it('gives a new MIG profile a layout from the GPU Operator defaults', () => {
    const { design, id } = addResource(EMPTY_DESIGN, 'MigProfile', ORIGIN, () => 'mig-1');
    expect(design.resources[id]).toMatchObject({ kind: 'MigProfile', config: 'all-1g.10gb' });
  });

  it('does not change the design it was given', () => {
    const before = designOf(nodeClass('gpu'));
    addResource(before, 'NodePool', ORIGIN, () => 'np-new');
    expect(Object.keys(before.resources)).toEqual(['nc-gpu']);
  });
});

describe('renameResource', () => {
  it('carries every pool of a renamed class along and leaves other pools alone', () => {
    const design = renameResource(sharedClassDesign(), 'nc-gpu', 'gpu-al2023');
    expect(classOf(design, 'np-spot')).toBe('gpu-al2023');
    expect(classOf(design, 'np-ondemand')).toBe('gpu-al2023');
    expect(classOf(design, 'np-web')).toBe('general');
    expect(references(design).filter((e) => e.target === 'nc-gpu')).toHaveLength(2);
  });

  it('leaves references alone when a class of the old name remains', () => {
    const design = renameResource(
      designOf(nodeClass('gpu', 'nc-a'), nodeClass('gpu', 'nc-b'), nodePool('spot', 'gpu')),
      'nc-a',
      'gpu-2',
    );
    expect(nameOf(design, 'nc-a')).toBe('gpu-2');
    expect(classOf(design, 'np-spot')).toBe('gpu');
    expect(references(design)).toEqual([expect.objectContaining({ target: 'nc-b' })]);
  });

  it('renames a pool without touching its class reference', () => {
    const design = renameResource(
      designOf(nodeClass('gpu'), nodePool('spot', 'gpu')),
      'np-spot',
      'cheap',
    );
    expect(nameOf(design, 'np-spot')).toBe('cheap');
    expect(classOf(design, 'np-spot')).toBe('gpu');
  });

  it('renames a MIG profile', () => {
    const design = renameResource(designOf(migProfile('h100')), 'mig-h100', 'h100-small');
    expect(nameOf(design, 'mig-h100')).toBe('h100-small');
  });

  it('returns the same design for an unchanged name or an unknown id', () => {
    const design = designOf(nodeClass('gpu'));
    expect(renameResource(design, 'nc-gpu', 'gpu')).toBe(design);
    expect(renameResource(design, 'nc-gone', 'x')).toBe(design);
  });
});

describe('updateEC2NodeClass', () => {
  it('treats a name changed in the manifest as a rename, carrying pools along', () => {
    const design = updateEC2NodeClass(
      designOf(nodeClass('gpu'), nodePool('spot', 'gpu')),
      'nc-gpu',
      (manifest) => ({ ...manifest, metadata: { ...manifest.metadata, name: 'gpu-2' } }),
    );
    expect(nameOf(design, 'nc-gpu')).toBe('gpu-2');
    expect(classOf(design, 'np-spot')).toBe('gpu-2');
  });

  it('keeps other edits made together with the rename', () => {
    const design = updateEC2NodeClass(designOf(nodeClass('gpu')), 'nc-gpu', (manifest) => ({
      ...manifest,
      metadata: { ...manifest.metadata, name: 'gpu-2' },
      spec: { ...manifest.spec, role: 'MyRole' },
    }));
    const resource = design.resources['nc-gpu'];
    expect(resource?.kind === 'EC2NodeClass' && resource.manifest.spec.role).toBe('MyRole');
  });

  it('ignores an id that is not an EC2NodeClass', () => {
    const design = designOf(nodePool('spot', 'gpu'));
    expect(updateEC2NodeClass(design, 'np-spot', (m) => m)).toBe(design);
  });
});

describe('updateNodePool and updateMigProfile', () => {
  it('replaces the manifest of a NodePool', () => {
    const design = updateNodePool(designOf(nodePool('spot', 'gpu')), 'np-spot', (manifest) => ({
      ...manifest,
      spec: { ...manifest.spec, weight: 7 },
    }));
    const resource = design.resources['np-spot'];
    expect(resource?.kind === 'NodePool' && resource.manifest.spec.weight).toBe(7);
  });

  it('patches the config of a MIG profile', () => {
    const design = updateMigProfile(designOf(migProfile('h100')), 'mig-h100', {
      config: 'all-7g.80gb',
    });
    expect(design.resources['mig-h100']).toMatchObject({ name: 'h100', config: 'all-7g.80gb' });
  });

  it('ignores ids of another kind', () => {
    const design = designOf(nodeClass('gpu'), migProfile('h100'));
    expect(updateNodePool(design, 'nc-gpu', (m) => m)).toBe(design);
    expect(updateMigProfile(design, 'nc-gpu', { config: 'x' })).toBe(design);
  });
});

describe('moveResources', () => {
  it('moves only the resources given', () => {
    const design = moveResources(designOf(nodeClass('gpu'), nodeClass('general')), {
      'nc-gpu': { x: 10, y: 20 },
    });
    expect(design.resources['nc-gpu']?.position).toEqual({ x: 10, y: 20 });
    expect(design.resources['nc-general']?.position).toEqual(ORIGIN);
  });

  it('returns the same design when nothing moved, so no undo step is recorded', () => {
    const design = designOf(nodeClass('gpu'));
    expect(moveResources(design, { 'nc-gpu': { ...ORIGIN } })).toBe(design);
    expect(moveResources(design, { 'nc-gone': { x: 1, y: 1 } })).toBe(design);
  });
});

describe('deleteResources', () => {
  it('removes the resources given and keeps the rest', () => {
    const design = deleteResources(
      designOf(nodeClass('gpu'), nodePool('spot', 'gpu'), migProfile('h100')),
      ['np-spot', 'mig-h100'],
    );
    expect(Object.keys(design.resources)).toEqual(['nc-gpu']);
  });

  it('returns the same design when none of the ids exist', () => {
    const design = designOf(nodeClass('gpu'));
    expect(deleteResources(design, ['nc-gone'])).toBe(design);
  });
});

describe('renaming a class keystroke by keystroke', () => {
  it('keeps its pools when an intermediate name equals another class', () => {
    const design = designOf(nodeClass('gpu'), nodeClass('gp'), nodePool('p1', 'gpu'));
    const followers = classFollowers(design, 'nc-gpu');
    expect(followers).toEqual(['np-p1']);
    // "gpu" -> "gp" (a duplicate of the other class for a moment) -> "gpx"
    const typed = ['gp', 'gpx'].reduce(
      (d, name) => renameResource(d, 'nc-gpu', name, followers),
      design,
    );
    expect(classOf(typed, 'np-p1')).toBe('gpx');
  });

  it('does not guess whose pools they are while two classes share a name', () => {
    const design = designOf(nodeClass('gp', 'nc-a'), nodeClass('gp', 'nc-b'), nodePool('p1', 'gp'));
    expect(classFollowers(design, 'nc-a')).toEqual([]);
    expect(classOf(renameResource(design, 'nc-a', 'other'), 'np-p1')).toBe('gp');
  });
});
