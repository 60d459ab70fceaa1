import { describe, expect, it } from 'vitest';
import { budgetFor } from './budgets';

describe('budgetFor (spec 4.9)', () => {
  it('rounds a percent up: 10% of 11 nodes is 2, of 1 node is 1', () => {
    expect(budgetFor([{ nodes: '10%' }], 11, 'Empty').allowed).toBe(2);
    expect(budgetFor([{ nodes: '10%' }], 1, 'Empty').allowed).toBe(1);
  });

  it('takes the minimum over the budgets that apply to the reason', () => {
    const budgets = [{ nodes: '5' }, { nodes: '1', reasons: ['Empty'] }];
    expect(budgetFor(budgets, 20, 'Empty').allowed).toBe(1);
    expect(budgetFor(budgets, 20, 'Underutilized').allowed).toBe(5);
  });

  it('fails closed on a value Karpenter cannot read', () => {
    expect(budgetFor([{ nodes: 'ten' }], 10, 'Empty').allowed).toBe(0);
  });

  it('has no limit when no budget applies', () => {
    const verdict = budgetFor([{ nodes: '0', reasons: ['Drifted'] }], 4, 'Underutilized');
    expect(verdict.allowed).toBeUndefined();
    expect(verdict.message).toBe('Underutilized: no budget limits Underutilized disruptions');
  });
});
