import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { updateNodePool } from '../../design/operations';
import { withTemplateSpec } from '../../karpenter/edits/nodePoolEdits';
import { labelSyntax } from './labelSyntax';

describe('labelSyntax', () => {
  it('is silent on the example design', () => {
    expect(labelSyntax(exampleDesign())).toEqual([]);
  });

  it('warns about a requirement value that is not a valid label value', () => {
    const design = updateNodePool(exampleDesign(), 'np-general', (pool) =>
      withTemplateSpec(pool, {
        requirements: [
          { key: 'node.kubernetes.io/instance-type', operator: 'In', values: ['m5 large'] },
        ],
      }),
    );
    const problems = labelSyntax(design);
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['spec.template.spec.requirements[0].values', 'warning'],
    ]);
    expect(problems[0]?.message).toContain('"m5 large"');
    expect(problems[0]?.detail).toMatch(
      /^requirement node\.kubernetes\.io\/instance-type value "m5 large" /,
    );
  });

  it('warns about a template label key that is not a qualified name', () => {
    const design = updateNodePool(exampleDesign(), 'np-general', (pool) => ({
      ...pool,
      spec: {
        ...pool.spec,
        template: { ...pool.spec.template, metadata: { labels: { 'team name': 'ml' } } },
      },
    }));
    expect(labelSyntax(design).map((p) => p.path)).toEqual([
      'spec.template.metadata.labels[team name]',
    ]);
  });
});
