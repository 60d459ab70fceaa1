import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { exampleDesign } from '../design/example';
import { SAVED_DESIGN_VERSION } from '../design/savedDesign';
import type { Design, NodePoolResource } from '../design/types';
import { designOf, nodePool } from '../../../test/fixtures/fixtures';
import { designArbitrary } from '../../../test/yaml/designArbitrary';
import {
  MAX_PROJECT_BYTES,
  projectFileName,
  projectFileText,
  readProjectFile,
} from './projectFile';

/**
 * `count` NodePools as an import leaves them: each keeps its YAML text (padded to `yamlBytes`)
 * and the data that text stands for, beside the manifest. The YAML is written once and copied
 * with each pool's name: the yaml library would take seconds for thousands.
 */
function importedDesign(count: number, yamlBytes: number): Design {
  const { manifest } = nodePool('NAME');
  const labelled = (name: string, team: string, pad: string) => ({
    ...manifest,
    metadata: { name },
    spec: {
      ...manifest.spec,
      template: { ...manifest.spec.template, metadata: { labels: { team, pad } } },
    },
  });
  const bare = stringify(labelled('NAME', 'TEAM', '')).length;
  const pad = 'x'.repeat(Math.max(yamlBytes - bare, 0));
  const yaml = stringify(labelled('NAME', 'TEAM', pad));
  const pools: NodePoolResource[] = [];
  for (let i = 0; i < count; i++) {
    const [name, team] = [`pool-${i}`, `t${i}`];
    const data = labelled(name, team, pad);
    pools.push({
      id: `NodePool-${i}`,
      kind: 'NodePool',
      position: { x: (i % 40) * 260, y: Math.floor(i / 40) * 140 },
      manifest: data,
      source: { text: yaml.replace('NAME', name).replace('TEAM', team), data },
    });
  }
  return designOf(...pools);
}

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

  it('save the largest design an import makes (5,000 NodePools from 5 MB) and open it again', () => {
    const design = importedDesign(5000, 1024);
    const text = projectFileText(design, 'Largest import');
    expect(text.length).toBeLessThan(MAX_PROJECT_BYTES / 2);
    const read = readProjectFile(text);
    expect(read.ok && Object.keys(read.design.resources).length).toBe(5000);
    expect(read).toEqual({ ok: true, design, name: 'Largest import', dropped: [] });
  }, 30_000); // 5,000 resources written, parsed, restored and compared: seconds on a busy machine

  it('write one resource per line, as readable as a diff needs and as small as JSON allows', () => {
    const design = exampleDesign();
    const text = projectFileText(design, 'Example');
    const resourceLines = text.split('\n').filter((line) => line.includes('"kind":'));
    expect(resourceLines).toHaveLength(Object.keys(design.resources).length);
    expect(JSON.parse(text)).toEqual(
      JSON.parse(
        JSON.stringify({
          format: 'nodepool-designer',
          version: SAVED_DESIGN_VERSION,
          name: 'Example',
          design,
        }),
      ),
    );
    expect(text.length).toBeLessThan(JSON.stringify(design).length * 1.05);
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
    ['an empty file', '', /^it is empty$/],
    ['a file of blank lines', '\n \n', /^it is empty$/],
  ])('refuse %s with a reason', (_what, text, reason) => {
    expect(reasonOf(text)).toMatch(reason);
  });

  it('refuse a file nested a hundred thousand deep without overflowing the stack', () => {
    const deep = `{"version":2,"design":{"resources":{},"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    expect(reasonOf(deep)).toMatch(/nests deeper than/);
  });

  it('refuse a file over the size limit before parsing it', () => {
    expect(reasonOf(`{"pad":"${'x'.repeat(MAX_PROJECT_BYTES)}"}`)).toMatch(
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
