import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../design/example';
import { deleteResources } from '../design/operations';
import { validateDesign } from './validateDesign';
import { designToManifests } from '../yaml/export/manifests';
import { problemLines, problemLinesInText as linesInDocuments } from './problemLines';
import { readYamlText } from '../yaml/import/readYamlText';
import { manifestsToYaml } from '../yaml/export/toYaml';

describe('problemLines', () => {
  it('puts a dangling nodeClassRef on the name line of that pool', () => {
    const design = deleteResources(exampleDesign(), ['nc-gpu-al2023']);
    const entries = designToManifests(design);
    const yaml = manifestsToYaml(entries);
    const located = problemLines(entries, yaml, validateDesign(design));
    const lines = yaml.text.split('\n');
    const spot = located.find(
      (l) => l.problem.resourceId === 'np-gpu-spot' && l.problem.rule === 'nodeclassref-dangling',
    );
    expect(spot).toBeDefined();
    expect(lines[(spot?.line ?? 0) - 1]).toBe('        name: gpu-al2023');
    const range = yaml.ranges['np-gpu-spot'];
    expect(spot?.line).toBeGreaterThanOrEqual(range?.startLine ?? Infinity);
    expect(spot?.line).toBeLessThanOrEqual(range?.endLine ?? -Infinity);
  });
});

describe('problemLinesInText', () => {
  /** As the YAML panel asks: of the documents it read to apply the text. */
  const problemLinesInText = (
    entries: Parameters<typeof linesInDocuments>[0],
    text: string,
    problems: Parameters<typeof linesInDocuments>[2],
  ) => linesInDocuments(entries, readYamlText(text).documents, problems);

  const design = deleteResources(exampleDesign(), ['nc-gpu-al2023']);
  const entries = designToManifests(design);
  const yaml = manifestsToYaml(entries);
  const dangling = (
    lines: readonly { problem: { resourceId: string; rule: string }; line: number }[],
  ) =>
    lines.find(
      (l) => l.problem.resourceId === 'np-gpu-spot' && l.problem.rule === 'nodeclassref-dangling',
    )?.line;

  it('finds a pool typed first, before the classes, with a comment above it', () => {
    const docs = yaml.text.split(/^---\n/m);
    const spot = docs.findIndex((d) => d.includes('name: gpu-spot'));
    const reordered = [
      `# my pool first\n${docs[spot] ?? ''}`,
      ...docs.filter((_, i) => i !== spot),
    ].join('---\n');
    const line = dangling(problemLinesInText(entries, reordered, validateDesign(design)));
    const lines = reordered.split('\n');
    expect(line).toBeDefined();
    expect(lines[(line ?? 0) - 1]).toBe('        name: gpu-al2023');
    expect(line).toBeLessThan(30);
    // in the export's own order it agrees with problemLines
    expect(dangling(problemLinesInText(entries, yaml.text, validateDesign(design)))).toBe(
      dangling(problemLines(entries, yaml, validateDesign(design))),
    );
  });

  it('leaves out a resource whose document is not in the text', () => {
    const without = yaml.text.replace('name: gpu-spot', 'name: gpu-spot-being-renamed');
    expect(dangling(problemLinesInText(entries, without, validateDesign(design)))).toBeUndefined();
  });

  it('gives nothing for text that is not YAML, rather than throwing', () => {
    expect(problemLinesInText(entries, '{{{: [', validateDesign(design))).toEqual([]);
  });
});
