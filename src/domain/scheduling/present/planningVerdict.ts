// What a card says before the engine has judged it: apart from workloadVerdict.ts, so the store
// can say it without the engine's chunk.
/**
 * What a workload's card says of the plan: the pool Karpenter chooses (empty while pending), the
 * line shown, and its tone (`pending` gives the card the error look).
 */
export interface WorkloadVerdict {
  pool: string;
  text: string;
  tone: 'ok' | 'pending' | 'wait';
  /** Why, in full, when pods stay pending: the card's tooltip. */
  why?: string;
}

/** Until the catalog and the engine have loaded. */
export const PLANNING_VERDICT: WorkloadVerdict = { pool: '', text: 'planning…', tone: 'wait' };
