import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../design/example';
import { designOf, migProfile, nodeClass, nodePool } from '../../../test/fixtures/fixtures';
import { CATALOG } from '../../../test/support/instanceCatalog';
import { RULES, validateDesign, WORKLOAD_RULES } from './validateDesign';
import { workload, workloadResource } from '../../../test/fixtures/workloads';
import { TEMPLATES } from '../templates/templates';
import { infrastructureOf } from '../design/infrastructure';
import type { Design } from '../design/types';
import { bySeverity } from './problem';
import { defaultNodePool } from '../karpenter/model/defaults';

describe('validateDesign', () => {
  it('finds no errors and no warnings in the example design', () => {
    const problems = validateDesign(exampleDesign(), CATALOG);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.filter((p) => p.severity === 'warning')).toEqual([]);
  });

  it('finds nothing in an empty design', () => {
    expect(validateDesign({ resources: {} }, CATALOG)).toEqual([]);
  });

  it('lists errors before warnings before infos', () => {
    const design = designOf(nodeClass('unused'), nodePool('orphan', 'gone'), migProfile('idle'));
    expect(validateDesign(design).map((p) => p.severity)).toEqual(['error', 'warning', 'info']);
  });

  it('reports each problem against the resource it is about', () => {
    const problems = validateDesign(designOf(nodeClass('Bad_Name'), nodePool('web', 'Bad_Name')));
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'invalid-name', resourceId: 'nc-Bad_Name' }),
    ]);
  });
});

describe('validation while workloads are edited', () => {
  // Pools, classes and profiles with problems of many rules, beside workloads with names,
  // labels, taints and GPU requests that such rules could be tempted to read.
  const withWorkloads = (replicas: number): Design =>
    designOf(
      ...Object.values(exampleDesign().resources),
      nodePool('gpu-untainted', 'missing-class'),
      workloadResource(
        workload('train', {
          requests: { 'nvidia.com/gpu': '1' },
          replicas,
          labels: { 'karpenter.sh/nodepool': 'x', 'bad key!': 'v' },
        }),
      ),
      workloadResource(workload('gpu-untainted', { cpu: '1', replicas: 2 })),
      // Problems of the workload rules: a name the API server refuses, and one taken twice.
      workloadResource(workload('Bad_Name')),
      { ...workloadResource(workload('train')), id: 'wl-train-again' },
    );
  const designs = [
    withWorkloads(3),
    ...TEMPLATES.map((t) => t.build()).filter((d) =>
      Object.values(d.resources).some((r) => r.kind === 'Workload'),
    ),
  ];

  it('the rules run without workloads give what they give with them', () => {
    expect(designs.length).toBeGreaterThan(3);
    for (const design of designs) {
      for (const rule of RULES) {
        if (WORKLOAD_RULES.has(rule)) continue;
        expect(rule(infrastructureOf(design), CATALOG), rule.name).toEqual(rule(design, CATALOG));
      }
    }
  });

  it('after a workload edit, reports what checking the whole design anew reports', () => {
    validateDesign(withWorkloads(3), CATALOG);
    const edited = withWorkloads(30);
    const anew = RULES.flatMap((rule) => rule(edited, CATALOG)).sort(bySeverity);
    expect(validateDesign(edited, CATALOG)).toEqual(anew);
  });

  it('a pool edit after a workload edit is checked again', () => {
    const design = withWorkloads(3);
    validateDesign(design, CATALOG);
    const pool = design.resources['np-gpu-untainted'];
    if (pool?.kind !== 'NodePool') throw new Error('no pool');
    const fixed: Design = {
      resources: {
        ...design.resources,
        [pool.id]: { ...pool, manifest: defaultNodePool('gpu-untainted', 'default') },
      },
    };
    const dangling = (d: Design) =>
      validateDesign(d, CATALOG).filter(
        (p) => p.rule === 'nodeclassref-dangling' && p.resourceId === pool.id,
      );
    expect(dangling(design)).toHaveLength(1);
    expect(dangling(fixed)).toEqual([]);
  });
});
