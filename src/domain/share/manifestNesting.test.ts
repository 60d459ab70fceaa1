import { describe, expect, it } from 'vitest';
import { MAX_MANIFEST_NESTING } from '../design/nestingLimit';
import { nestingDepth, readSavedDesign } from '../design/readSavedDesign';
import { SAVED_DESIGN_VERSION } from '../design/savedDesign';
import type { Design, NodePoolResource } from '../design/types';
import { designOf, nodePool } from '../../../test/fixtures/fixtures';
import { projectFileText, readProjectFile } from './projectFile';
import { decodeShareFragment, encodeShareFragment } from './shareLink';

/** An imported pool whose manifest (and the data its YAML stands for) nests `depth` deep. */
function poolNesting(depth: number): NodePoolResource {
  const pool = nodePool('deep');
  // the manifest is level 1, spec level 2: the chain under spec.extra takes the rest
  let extra: Record<string, unknown> = { leaf: true };
  for (let level = 3; level < depth; level++) extra = { next: extra };
  const manifest = { ...pool.manifest, spec: { ...pool.manifest.spec, extra } };
  return { ...pool, manifest, source: { text: 'kind: NodePool\n', data: manifest } };
}

function designNesting(depth: number): Design {
  const pool = poolNesting(depth);
  expect(nestingDepth(pool.manifest, Infinity)).toBe(depth);
  return designOf(pool);
}

describe('how deep a manifest may nest', () => {
  it(`saves and reopens a manifest nesting ${MAX_MANIFEST_NESTING} deep, as a file and as a link`, () => {
    const design = designNesting(MAX_MANIFEST_NESTING);
    expect(readProjectFile(projectFileText(design, 'deep'))).toEqual({
      ok: true,
      design,
      name: 'deep',
      dropped: [],
    });
    const link = encodeShareFragment(design);
    if (!link.ok) throw new Error(link.reason);
    expect(decodeShareFragment(link.fragment)).toEqual({ ok: true, design, dropped: [] });
  });

  it('refuses one level more, wherever the design comes from', () => {
    const design = designNesting(MAX_MANIFEST_NESTING + 1);
    const refused = { ok: false, reason: expect.stringMatching(/nests deeper than/) as unknown };
    expect(readSavedDesign({ version: SAVED_DESIGN_VERSION, design })).toEqual(refused);
    expect(readProjectFile(projectFileText(design, 'deep'))).toEqual(refused);
    const link = encodeShareFragment(design);
    expect(link.ok && decodeShareFragment(link.fragment)).toEqual(refused);
  });
});
