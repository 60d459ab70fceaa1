import { describe, expect, it } from 'vitest';
import { balancedScore } from './balanced';

describe('balancedScore (spec 4.8)', () => {
  it('approves at exactly 1/2: half the cost for the whole disruption', () => {
    expect(balancedScore(0.5, 1, 4, 4).approved).toBe(true);
    expect(balancedScore(0.49, 1, 4, 4).approved).toBe(false);
  });

  it('refuses with zero totals or no savings, as ScoreMove does', () => {
    expect(balancedScore(1, 0, 1, 1).approved).toBe(false);
    expect(balancedScore(0, 1, 1, 2).approved).toBe(false);
  });

  it('writes Karpenter’s score message', () => {
    expect(balancedScore(0.5, 1, 2, 5).message).toBe(
      'score 1.25 >= threshold 0.50 (k: 2, savings 50.0%, disruption 40.0%)',
    );
  });
});
