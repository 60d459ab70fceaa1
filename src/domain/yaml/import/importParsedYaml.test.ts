import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDesign } from '../export/exportDesign';
import { importYaml } from './importYaml';
import { importParsedYaml } from './importParsedYaml';
import { parseYamlText } from '../parse/parseYamlText';
import { designArbitrary } from '../../../../test/yaml/designArbitrary';
import {
  CANONICAL_FILES,
  HAND_WRITTEN_FILES,
  kubectlListManifests,
} from '../../../../test/yaml/realWorld';

/** Lines people type or paste between and into documents, the awkward ones included. */
const insertedLine = fc.constantFrom(
  '---',
  '--- ',
  '# a comment',
  '',
  '  # an indented comment',
  'kind: [',
  'metadata: {name: "unterminated',
  "  note: 'single quoted",
  '  - [unclosed',
  '  userData: |',
  '    ---',
  '"',
  '  - dangling',
  'apiVersion: karpenter.sh/v1beta1',
  'spec: &a {x: *a}',
  '---x: not a marker',
  '...',
  '%YAML 1.2',
  '--- # a marker with a comment',
  'a: b\r',
  '\u0000',
);

const baseText = fc.oneof(
  designArbitrary.map((design) => exportDesign(design).text),
  fc.constantFrom(
    ...[...CANONICAL_FILES, ...HAND_WRITTEN_FILES].map((f) => f.text),
    kubectlListManifests(),
  ),
);

/** A text with a few lines inserted anywhere (inside block scalars and flow maps too). */
const editedText = fc
  .tuple(baseText, fc.array(fc.tuple(fc.nat(), insertedLine), { maxLength: 4 }))
  .map(([text, inserts]) => {
    const lines = text.split('\n');
    for (const [at, line] of inserts) lines.splice(at % (lines.length + 1), 0, line);
    return lines.join('\n');
  });

describe('importParsedYaml of parseYamlText', () => {
  it('reads any text as importYaml does, after any previous text', () => {
    fc.assert(
      fc.property(editedText, editedText, (before, after) => {
        importParsedYaml(parseYamlText(before, 'panel'));
        expect(importParsedYaml(parseYamlText(after, 'panel'))).toEqual(importYaml(after, 'panel'));
      }),
      { numRuns: Number(process.env.BY_DOCUMENT_RUNS ?? 150) },
    );
    // 150 runs of two random texts take about 5 s on a busy 2-core runner: Vitest's default.
  }, 30_000);

  it('reads the documents it has not seen and reuses the others', () => {
    const text = CANONICAL_FILES[1]?.text ?? '';
    const first = importParsedYaml(parseYamlText(text, 'panel'));
    const edited = text.replace('weight: 80', 'weight: 81');
    const second = importParsedYaml(parseYamlText(edited, 'panel'));
    expect(second).toEqual(importYaml(edited, 'panel'));
    const [fallback, spot] = second.nodePools;
    expect(fallback?.manifest).toBe(first.nodePools[0]?.manifest);
    expect(spot?.manifest).not.toBe(first.nodePools[1]?.manifest);
    expect(spot?.manifest.spec.weight).toBe(81);
  });

  it.each([
    [
      'a NUL byte far into the text',
      (text: string) => `${'# padding\n'.repeat(900)}${text}---\nnote: "\u0000"\n`,
    ],
    [
      'an unclosed quote above a `---` line',
      (text: string) => `metadata: {name: "open\n---\n${text}`,
    ],
    [
      'an older API version',
      (text: string) => text.replace('karpenter.sh/v1\n', 'karpenter.sh/v1beta1\n'),
    ],
    ['Windows line breaks', (text: string) => text.replace(/\n/g, '\r\n')],
  ])('reads the whole text as one when it has %s', (_, edit) => {
    const text = edit(CANONICAL_FILES[1]?.text ?? '');
    importParsedYaml(parseYamlText(CANONICAL_FILES[1]?.text ?? '', 'panel'));
    expect(importParsedYaml(parseYamlText(text, 'panel'))).toEqual(importYaml(text, 'panel'));
  });

  it('gives errors the line of the whole text, in the message as well', () => {
    const text = `${CANONICAL_FILES[0]?.text ?? ''}---\nkind: [\n`;
    const { messages } = importParsedYaml(parseYamlText(text, 'panel'));
    const error = messages.find((m) => m.severity === 'error');
    expect(error).toEqual(importYaml(text, 'panel').messages.find((m) => m.severity === 'error'));
    expect(error?.line).toBeGreaterThan(text.split('\n').length - 3);
  });
});
