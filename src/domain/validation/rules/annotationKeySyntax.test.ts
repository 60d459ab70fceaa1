import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf, nodePool } from '../../../../test/fixtures/fixtures';
import { withTemplateAnnotations } from '../../karpenter/edits/nodePoolFieldEdits';
import { annotationKeySyntax } from './annotationKeySyntax';

describe('annotationKeySyntax', () => {
  it('is silent on the example design and on qualified keys', () => {
    expect(annotationKeySyntax(exampleDesign())).toEqual([]);
  });

  it('warns at an annotation key that is not a qualified name', () => {
    const base = nodePool('web');
    const pool = {
      ...base,
      manifest: withTemplateAnnotations(base.manifest, {
        'example.com/owner': 'a',
        'two words': 'b',
        '': 'c',
      }),
    };
    const problems = annotationKeySyntax(designOf(pool));
    expect(problems.map((p) => [p.path, p.severity, p.rule])).toEqual([
      ['spec.template.metadata.annotations[two words]', 'warning', 'annotation-key-syntax'],
      ['spec.template.metadata.annotations[]', 'warning', 'annotation-key-syntax'],
    ]);
    expect(problems[1]?.detail).toMatch(/^annotation key "" is empty\./);
  });
});
