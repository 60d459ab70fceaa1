import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { updateNodePool } from '../../design/operations';
import { withTemplateSpec } from '../../karpenter/edits/nodePoolEdits';
import { importYaml } from '../../yaml/import/importYaml';
import { addImported } from '../../yaml/import/importResources';
import { EMPTY_DESIGN } from '../../design/types';
import { validateDesign } from '../validateDesign';
import { labelSyntax } from './labelSyntax';

/** A NodePool as written by hand, with these lines under its template's `labels:`. */
function poolWithLabels(...lines: string[]) {
  const yaml = `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: labelled
spec:
  template:
    metadata:
      labels:
${lines.map((line) => `        ${line}`).join('\n')}
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        - {key: example.com/tier, operator: In, values: [~, 1, {a: b}, [x], ok]}
`;
  return addImported(EMPTY_DESIGN, importYaml(yaml, 'pool.yaml')).design;
}

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

  it('leaves label and requirement values that are not strings to the CRD schema, which refuses them', () => {
    const design = poolWithLabels('empty:', 'tilde: ~', 'count: 1', 'map: {a: b}', 'list: [x]');
    expect(labelSyntax(design)).toEqual([]);
    const typeProblems = validateDesign(design)
      .filter((p) => p.rule === 'api:type')
      .map((p) => p.path);
    expect(typeProblems).toEqual([
      'spec.template.metadata.labels[empty]',
      'spec.template.metadata.labels[tilde]',
      'spec.template.metadata.labels[count]',
      'spec.template.metadata.labels[map]',
      'spec.template.metadata.labels[list]',
      'spec.template.spec.requirements[0].values[0]',
      'spec.template.spec.requirements[0].values[1]',
      'spec.template.spec.requirements[0].values[2]',
      'spec.template.spec.requirements[0].values[3]',
    ]);
  });
});
