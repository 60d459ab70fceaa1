/** core pkg/apis/v1/nodepool.go :: BalancedK: a move is approved when its score is at least 1/k. */
const BALANCED_K = 2;

export interface BalancedScore {
  approved: boolean;
  /** Karpenter's `consolidationScoreMessage`, with `<` when the move is refused. */
  message: string;
}

/**
 * core balanced.go :: ScoreMove, ScoreResult.Approved (spec 4.8):
 * `(savings / poolTotalCost) / (moveDisruptionCost / poolTotalDisruptionCost) ≥ 1/2`, where a
 * node's disruption cost is 1 plus its pods' eviction costs. Zero totals or no savings score 0.
 */
export function balancedScore(
  savings: number,
  poolTotalCost: number,
  moveDisruptionCost: number,
  poolTotalDisruptionCost: number,
): BalancedScore {
  const threshold = 1 / BALANCED_K;
  const valid = poolTotalCost > 0 && poolTotalDisruptionCost > 0;
  const savingsFraction = valid ? savings / poolTotalCost : 0;
  const disruptionFraction = valid ? moveDisruptionCost / poolTotalDisruptionCost : 0;
  const score =
    savingsFraction <= 0
      ? 0
      : disruptionFraction === 0
        ? Number.POSITIVE_INFINITY
        : savingsFraction / disruptionFraction;
  const approved = score >= threshold;
  const message = `score ${score.toFixed(2)} ${approved ? '>=' : '<'} threshold ${threshold.toFixed(2)} (k: ${BALANCED_K}, savings ${(savingsFraction * 100).toFixed(1)}%, disruption ${(disruptionFraction * 100).toFixed(1)}%)`;
  return { approved, message };
}
