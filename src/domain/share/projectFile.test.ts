import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../design/example';
import { SAVED_DESIGN_VERSION } from '../design/savedDesign';
import { designArbitrary } from '../yaml/testing/designArbitrary';
import { projectFileName, projectFileText, readProjectFile } from './projectFile';

function reasonOf(text: string): string {
  const read = readProjectFile(text);
  if (read.ok) throw new Error('expected the file to be refused');
  return read.reason;
}

describe('project files', () => {
  it('keep the design whole, layout included, and its name', () => {
    const read = readProjectFile(projectFileText(exampleDesign(), 'Team GPU cluster'));
    expect(read).toEqual({
      ok: true,
      design: exampleDesign(),
      name: 'Team GPU cluster',
      dropped: [],
    });
  });

  it('round-trip random designs', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const read = readProjectFile(projectFileText(design, 'x'));
        expect(read).toMatchObject({ ok: true, dropped: [] });
        if (read.ok) expect(read.design).toEqual(design);
      }),
      { numRuns: 50 },
    );
  });

  it('open the older download that had only version and design', () => {
    const text = JSON.stringify({ version: SAVED_DESIGN_VERSION, design: exampleDesign() });
    expect(readProjectFile(text)).toMatchObject({ ok: true, name: undefined });
  });

  it('say a file from a newer version is newer, not broken', () => {
    const text = JSON.stringify({ format: 'nodepool-designer', version: 99, design: {} });
    expect(reasonOf(text)).toMatch(/newer version of the designer \(format 99/);
  });

  it.each([
    ['YAML manifests', 'apiVersion: karpenter.sh/v1\nkind: NodePool\n', /YAML.*use Import/],
    [
      'a truncated file',
      '{"format":"nodepool-designer","version":2,"design":{"res',
      /not valid JSON/,
    ],
    ['a JSON list', '[1,2,3]', /not a project file/],
    ['another program’s JSON', '{"format":"excalidraw","version":2}', /another program/],
    ['no version', '{"design":{"resources":{}}}', /does not contain a design/],
    ['a text version', '{"version":"2","design":{"resources":{}}}', /which format/],
    ['a picture', '\u0089PNG\r\n\u001a\n', /not a project file/],
    ['nothing', '', /not a project file/],
  ])('refuse %s with a reason', (_what, text, reason) => {
    expect(reasonOf(text)).toMatch(reason);
  });

  it('refuse a file nested a hundred thousand deep without overflowing the stack', () => {
    const deep = `{"version":2,"design":{"resources":{},"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    expect(reasonOf(deep)).toMatch(/nests deeper than/);
  });

  it('refuse a file over the size limit before parsing it', () => {
    expect(reasonOf(`{"pad":"${'x'.repeat(11 * 1024 * 1024)}"}`)).toMatch(
      /MB; a project file is at most/,
    );
  });

  it('keep script in names as plain data', () => {
    const design = exampleDesign();
    const hostile = '<img src=x onerror=alert(1)>';
    const pool = design.resources['np-general'];
    if (pool?.kind !== 'NodePool') throw new Error('no pool');
    const resources = {
      ...design.resources,
      'np-general': { ...pool, manifest: { ...pool.manifest, metadata: { name: hostile } } },
    };
    const read = readProjectFile(projectFileText({ resources }, `<script>alert(1)</script>\u0007`));
    if (!read.ok) throw new Error(read.reason);
    expect(read.name).toBe('<script>alert(1)</script>');
    const kept = read.design.resources['np-general'];
    expect(kept?.kind === 'NodePool' && kept.manifest.metadata.name).toBe(hostile);
  });

  it('name files safely after the design', () => {
    expect(projectFileName('Team GPU cluster')).toBe('Team-GPU-cluster.nodepool.json');
    expect(projectFileName('../../etc/passwd')).toBe('etc-passwd.nodepool.json');
    expect(projectFileName('   ')).toBe('design.nodepool.json');
  });
});
