import { describe, expect, it } from 'vitest';
import { nodeClassName } from '../karpenter/edits/nodePoolEdits';
import { ownValue } from '../lib/ownValue';
import {
  designOf,
  nodeClass,
  nodePool,
  PROTOTYPE_IDS,
  prototypeIdDesign,
  sequentialIds,
} from '../../../test/fixtures/fixtures';
import { validateDesign } from './validateDesign';
import { typeInPanel } from '../../../test/yaml/typeInPanel';
import { exportDesign } from '../yaml/export/exportDesign';
import { designToManifests } from '../yaml/export/manifests';
import { problemLines } from './problemLines';
import { exampleDesign } from '../design/example';
import { layoutPositions, placeAdded } from '../design/layout';
import {
  addResource,
  classFollowers,
  deleteResources,
  moveResources,
  renameResource,
  updateMigProfile,
} from '../design/operations';
import { readSavedDesign } from '../design/readSavedDesign';
import { checkConnection, connect, disconnect, references } from '../design/references';
import { resourceById, resourceName } from '../design/resources';
import { restoreDesign } from '../design/restore';
import type { Design, Resource } from '../design/types';

/**
 * Resource ids come from files, links and saved values, so they can be any string, including the
 * names Object.prototype answers to. Every lookup by id must find the design's resource or none.
 */

/** The same design with ordinary ids, to compare against. */
function withPlainIds(design: Design): Design {
  const plain = (id: string) => `id-${id}`;
  return designOf(
    ...Object.values(design.resources).map((r): Resource =>
      r.kind === 'NodePool' && r.migProfileId
        ? { ...r, id: plain(r.id), migProfileId: plain(r.migProfileId) }
        : { ...r, id: plain(r.id) },
    ),
  );
}

function viaJson(design: Design): unknown {
  return JSON.parse(JSON.stringify({ version: 2, design }));
}

describe('resource ids that are Object.prototype names', () => {
  it('restore from a project file, link or saved value with every resource', () => {
    const design = prototypeIdDesign();
    const result = readSavedDesign(viaJson(design));
    expect(result).toEqual({ ok: true, design, dropped: [] });
  });

  it('restore a resource saved under __proto__ by a version 1 save under another id', () => {
    const text = JSON.stringify({ version: 1, design: designOf(nodeClass('gpu')) }).replace(
      '"resources":{',
      '"resources":{"__proto__":{"kind":"MigProfile","name":"h100","config":"all-1g.10gb"},',
    );
    const result = readSavedDesign(JSON.parse(text));
    expect(result.ok && Object.keys(result.design.resources)).toEqual(['__proto__-1', 'nc-gpu']);
  });

  it('keep a MIG attachment to a profile whose id is a prototype name', () => {
    const result = restoreDesign(JSON.parse(JSON.stringify(prototypeIdDesign())));
    const pool = result.ok ? resourceById(result.design, 'hasOwnProperty') : undefined;
    expect(pool).toMatchObject({ kind: 'NodePool', migProfileId: 'isPrototypeOf' });
  });

  it('drop a MIG attachment to a prototype name the design has no resource for', () => {
    const pool = { ...nodePool('spot', 'gpu'), migProfileId: 'valueOf' };
    const result = restoreDesign(JSON.parse(JSON.stringify(designOf(pool))));
    expect(result.ok && result.design.resources['np-spot']).not.toHaveProperty('migProfileId');
  });

  it('lay out with a finite position for every resource, as ordinary ids do', () => {
    const design = prototypeIdDesign();
    const positions = layoutPositions(design);
    expect(Object.keys(positions).sort()).toEqual([...PROTOTYPE_IDS].sort());
    const plain = layoutPositions(withPlainIds(design));
    for (const id of PROTOTYPE_IDS) {
      expect(ownValue(positions, id)).toEqual(ownValue(plain, `id-${id}`));
    }
  });

  it('place added resources below the others without touching them', () => {
    const design = prototypeIdDesign();
    const placed = placeAdded(design, ['valueOf', 'toString']);
    expect(resourceById(placed, 'constructor')?.position).toEqual({ x: 0, y: 0 });
    for (const id of ['valueOf', 'toString']) {
      const at = resourceById(placed, id)?.position;
      expect(Number.isFinite(at?.x) && Number.isFinite(at?.y)).toBe(true);
    }
  });

  it('draw an edge for every reference, the MIG attachment included', () => {
    expect(references(prototypeIdDesign()).map((r) => r.id)).toEqual(
      references(withPlainIds(prototypeIdDesign())).map((r) => r.id.replaceAll('id-', '')),
    );
  });

  it('are not found in a design that lacks them', () => {
    const design = exampleDesign();
    for (const id of PROTOTYPE_IDS) {
      expect(resourceById(design, id)).toBeUndefined();
      expect(moveResources(design, { [id]: { x: 1, y: 1 } })).toBe(design);
      expect(deleteResources(design, [id])).toBe(design);
      expect(renameResource(design, id, 'x')).toBe(design);
      expect(updateMigProfile(design, id, { taint: false })).toBe(design);
      expect(classFollowers(design, id)).toEqual([]);
      expect(checkConnection(design, id, 'nc-default')).toEqual({
        ok: false,
        reason: 'That resource no longer exists.',
      });
      expect(connect(design, id, 'np-general')).toBe(design);
      expect(disconnect(design, { kind: 'migProfile', source: id, target: id })).toBe(design);
    }
  });

  it('do not draw or export a MIG attachment to a profile that is not there', () => {
    const pool = { ...nodePool('spot', 'gpu'), migProfileId: 'toString' };
    const design = designOf(nodeClass('gpu'), pool);
    expect(references(design).map((r) => r.kind)).toEqual(['nodeClassRef']);
    expect(exportDesign(design).text).not.toContain('mig.config');
  });

  it('move, rename, connect and delete the resources they name', () => {
    let design = prototypeIdDesign();
    design = moveResources(design, { valueOf: { x: 7, y: 8 } });
    expect(resourceById(design, 'valueOf')?.position).toEqual({ x: 7, y: 8 });
    design = renameResource(design, 'constructor', 'gpu-2');
    const classOf = (id: string) => {
      const pool = resourceById(design, id);
      return pool?.kind === 'NodePool' ? nodeClassName(pool.manifest) : undefined;
    };
    expect(['hasOwnProperty', '__defineGetter__', 'valueOf'].map(classOf)).toEqual([
      'gpu-2',
      'gpu-2',
      'general',
    ]);
    expect(classFollowers(design, 'constructor')).toEqual(['hasOwnProperty', '__defineGetter__']);
    design = connect(design, 'valueOf', 'constructor');
    expect(classFollowers(design, 'constructor')).toHaveLength(3);
    design = deleteResources(design, ['isPrototypeOf', 'toString']);
    expect(Object.keys(design.resources).sort()).toEqual(
      ['constructor', 'hasOwnProperty', 'valueOf', '__defineGetter__'].sort(),
    );
    expect(resourceById(design, 'hasOwnProperty')).not.toHaveProperty('migProfileId');
  });

  it('add new resources beside them', () => {
    const { design, id } = addResource(prototypeIdDesign(), 'NodePool', { x: 0, y: 0 }, () => 'x');
    expect(Object.keys(design.resources)).toHaveLength(PROTOTYPE_IDS.length + 1);
    expect(resourceById(design, id)?.kind).toBe('NodePool');
  });

  it('validate as the same design with ordinary ids does', () => {
    const design = prototypeIdDesign();
    const problems = validateDesign(design);
    const plain = validateDesign(withPlainIds(design));
    expect(problems.map((p) => ({ ...p, resourceId: `id-${p.resourceId}` }))).toEqual(plain);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('export every resource, with a line for each problem in its document', () => {
    const design = prototypeIdDesign();
    const yaml = exportDesign(design);
    for (const r of Object.values(design.resources)) {
      if (r.kind !== 'MigProfile') expect(yaml.text).toContain(`name: ${resourceName(r)}\n`);
    }
    expect(yaml.text).toContain('nvidia.com/mig.config: all-1g.10gb');
    const lines = problemLines(designToManifests(design), yaml, validateDesign(design));
    expect(lines.every((l) => Number.isInteger(l.line) && l.line > 0)).toBe(true);
    expect(lines.length).toBeGreaterThan(0);
  });

  it('round-trip through the YAML panel unchanged', () => {
    const design = prototypeIdDesign();
    const { design: after, errors } = typeInPanel(
      design,
      exportDesign(design).text,
      sequentialIds(),
    );
    expect(errors).toEqual([]);
    expect(after).toBe(design);
  });
});
