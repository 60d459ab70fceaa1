import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { exampleDesign } from '../../design/example';
import { resourceName } from '../../design/resources';
import type { Design } from '../../design/types';
import { defaultEC2NodeClass, defaultNodePool } from '../../karpenter/model/defaults';
import { designOf, nodeClass, nodePool } from '../../../../test/fixtures/fixtures';
import { exportDesign } from './exportDesign';
import { designToManifests } from './manifests';
import { manifestsToYaml, manifestToYaml } from './toYaml';

/** Resources listed out of name and kind order, as a user might have added them. */
function shuffledDesign(): Design {
  return designOf(
    nodePool('web', 'zeta'),
    nodeClass('zeta'),
    nodePool('api', 'alpha'),
    nodeClass('alpha'),
    nodePool('batch', 'alpha'),
  );
}

function documentsOf(text: string): Record<string, unknown>[] {
  return parseAllDocuments(text).map((doc) => doc.toJS() as Record<string, unknown>);
}

function kindAndName(manifest: Record<string, unknown>): string {
  const metadata = manifest['metadata'] as { name: string };
  return `${String(manifest['kind'])}/${metadata.name}`;
}

describe('the exported YAML', () => {
  it('separates documents with --- lines', () => {
    const { text } = exportDesign(shuffledDesign());
    expect(text.split('\n').filter((line) => line === '---')).toHaveLength(4);
    expect(text.startsWith('---')).toBe(false);
    expect(documentsOf(text)).toHaveLength(5);
  });

  it('puts EC2NodeClasses first, then NodePools, each sorted by name', () => {
    const order = documentsOf(exportDesign(shuffledDesign()).text).map(kindAndName);
    expect(order).toEqual([
      'EC2NodeClass/alpha',
      'EC2NodeClass/zeta',
      'NodePool/api',
      'NodePool/batch',
      'NodePool/web',
    ]);
  });

  it('starts every document with apiVersion, kind, metadata, spec in that order', () => {
    for (const manifest of documentsOf(exportDesign(exampleDesign()).text)) {
      expect(Object.keys(manifest).slice(0, 4)).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    }
  });

  it('moves an unexpected top-level key after spec, however it sorts', () => {
    const manifest = { ...defaultEC2NodeClass('odd'), aaa: 1 };
    const keys = Object.keys(documentsOf(manifestToYaml(manifest))[0] ?? {});
    expect(keys).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'aaa']);
  });

  it('sorts keys below the top level alphabetically, as kubectl prints them', () => {
    const [general] = documentsOf(manifestToYaml(defaultNodePool('general', 'default')));
    expect(Object.keys(general?.['spec'] ?? {})).toEqual(['disruption', 'limits', 'template']);
  });

  it('quotes strings YAML 1.1 would read as booleans or numbers', () => {
    const text = manifestToYaml(defaultNodePool('on', 'no'));
    expect(text).toContain('name: "on"');
    expect(text).toContain('name: "no"');
  });

  it('is empty for an empty design', () => {
    expect(exportDesign({ resources: {} })).toEqual({
      text: '',
      ranges: {},
      entries: [],
      workloads: 0,
    });
  });
});

describe('ranges', () => {
  const design = exampleDesign();
  const { text, ranges } = manifestsToYaml(designToManifests(design));
  const lines = text.split('\n');

  it('has one range per exported resource and none for the MIG profile', () => {
    expect(Object.keys(ranges).sort()).toEqual([
      'nc-default',
      'nc-gpu-al2023',
      'np-batch',
      'np-general',
      'np-gpu-ondemand',
      'np-gpu-spot',
    ]);
  });

  it.each(Object.entries(ranges))('points %s at its own document', (id, range) => {
    const resource = design.resources[id];
    const name = resource && resourceName(resource);
    const document = lines.slice(range.startLine - 1, range.endLine);
    expect(lines[range.startLine - 1]).toMatch(/^apiVersion: /);
    expect(document).toContain(`  name: ${name}`);
    expect(document).not.toContain('---');
  });

  it('tiles the text: each document ends just before the next separator', () => {
    const sortedRanges = Object.values(ranges).sort((a, b) => a.startLine - b.startLine);
    sortedRanges.forEach((range, i) => {
      const next = sortedRanges[i + 1];
      if (next) {
        expect(lines[range.endLine]).toBe('---');
        expect(next.startLine).toBe(range.endLine + 2);
      } else {
        expect(range.endLine).toBe(lines.length - 1);
        expect(lines[range.endLine]).toBe('');
      }
    });
  });
});
