import { describe, expect, it } from 'vitest';
import { defaultNodePool } from '../model/defaults';
import {
  withMinValues,
  withOperator,
  withRequirementAdded,
  withRequirementAt,
  withRequirementRemoved,
  withValues,
} from './requirementEdits';
import type { NodeSelectorRequirement } from '../model/types';

const family = (values: string[]): NodeSelectorRequirement => ({
  key: 'karpenter.k8s.aws/instance-family',
  operator: 'In',
  values,
});

describe('requirement edits', () => {
  it('drops values and minValues when the operator becomes Exists', () => {
    const next = withOperator({ ...family(['g5', 'g6']), minValues: 2 }, 'Exists');
    expect(next).toEqual({ key: 'karpenter.k8s.aws/instance-family', operator: 'Exists' });
    expect('values' in next).toBe(false);
  });

  it('keeps only the first value for Gt', () => {
    expect(withOperator(family(['2', '3']), 'Gt').values).toEqual(['2']);
  });

  it('keeps minValues only for In', () => {
    const next = withOperator({ ...family(['g5', 'g6']), minValues: 2 }, 'NotIn');
    expect(next).toEqual({ ...family(['g5', 'g6']), operator: 'NotIn' });
  });

  it('leaves empty values out instead of writing values: []', () => {
    expect('values' in withValues(family(['g5']), [])).toBe(false);
    expect(withValues(family([]), ['g5', 'g6']).values).toEqual(['g5', 'g6']);
  });

  it('sets and clears minValues', () => {
    expect(withMinValues(family(['g5', 'g6']), 2).minValues).toBe(2);
    expect('minValues' in withMinValues({ ...family(['g5']), minValues: 1 }, undefined)).toBe(
      false,
    );
  });

  it('adds a blank In requirement, edits one by index and removes it', () => {
    const pool = defaultNodePool('general', 'default');
    const count = pool.spec.template.spec.requirements.length;
    const added = withRequirementAdded(pool);
    expect(added.spec.template.spec.requirements).toHaveLength(count + 1);
    expect(added.spec.template.spec.requirements[count]).toEqual({ key: '', operator: 'In' });

    const edited = withRequirementAt(added, count, (r) => ({ ...r, key: 'kubernetes.io/arch' }));
    expect(edited.spec.template.spec.requirements[count]?.key).toBe('kubernetes.io/arch');
    expect(pool.spec.template.spec.requirements).toHaveLength(count);

    expect(withRequirementRemoved(edited, count).spec.template.spec.requirements).toEqual(
      pool.spec.template.spec.requirements,
    );
  });

  it('ignores an edit of a requirement that is not there', () => {
    const pool = defaultNodePool('general', 'default');
    expect(withRequirementAt(pool, 99, (r) => r)).toBe(pool);
  });
});
