import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { updateEC2NodeClass, updateNodePool } from '../../design/operations';
import { fieldValues } from './fieldValues';

describe('fieldValues', () => {
  it('finds nothing wrong in the example design', () => {
    expect(fieldValues(exampleDesign())).toEqual([]);
  });

  it('reports an In requirement without values at its path', () => {
    const design = updateNodePool(exampleDesign(), 'np-general', (pool) => ({
      ...pool,
      spec: {
        ...pool.spec,
        template: {
          ...pool.spec.template,
          spec: {
            ...pool.spec.template.spec,
            requirements: [{ key: 'kubernetes.io/arch', operator: 'In', values: [] }],
          },
        },
      },
    }));
    expect(fieldValues(design)).toEqual([
      expect.objectContaining({
        resourceId: 'np-general',
        path: 'spec.template.spec.requirements[0].values',
        severity: 'error',
      }),
    ]);
  });

  it('reports a disruption block without consolidateAfter', () => {
    const design = updateNodePool(exampleDesign(), 'np-general', (pool) => ({
      ...pool,
      spec: { ...pool.spec, disruption: { consolidationPolicy: 'WhenEmpty' } },
    }));
    const problems = fieldValues(design);
    expect(problems.map((p) => p.path)).toEqual(['spec.disruption.consolidateAfter']);
    expect(problems[0]?.message).toContain('general');
  });

  it('reports a class with both role and instanceProfile', () => {
    const design = updateEC2NodeClass(exampleDesign(), 'nc-default', (nodeClass) => ({
      ...nodeClass,
      spec: { ...nodeClass.spec, instanceProfile: 'KarpenterNodeInstanceProfile' },
    }));
    expect(fieldValues(design).map((p) => p.path)).toEqual(['spec.role']);
  });

  it('reports a Windows alias that is not @latest', () => {
    const design = updateEC2NodeClass(exampleDesign(), 'nc-default', (nodeClass) => ({
      ...nodeClass,
      spec: { ...nodeClass.spec, amiSelectorTerms: [{ alias: 'windows2022@v20240101' }] },
    }));
    expect(fieldValues(design).map((p) => p.path)).toEqual(['spec.amiSelectorTerms[0].alias']);
  });
});
