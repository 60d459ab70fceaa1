import {
  checkConnection,
  references,
  type ConnectionCheck,
  type Reference,
} from '../domain/design/references';
import type { ResourceId } from '../domain/design/types';
import { bySeverity, type Problem } from '../domain/validation/problem';
import { sameData } from '../domain/lib/sameData';
import type { DesignPlan } from '../domain/scheduling/plan/designPlan';
import {
  PLANNING_VERDICT,
  type WorkloadVerdict,
} from '../domain/scheduling/present/planningVerdict';
import type { DesignState } from './designStore';
import { memoOnDesign, memoOnDesignAndCatalog, type DesignAndCatalog } from './memoOnDesign';

const NO_PROBLEMS_YET: Problem[] = [];

/** True until the validation rules' chunk has arrived: "no problems" would be a guess then. */
export const selectChecking = (state: Pick<DesignState, 'checker'>): boolean =>
  state.checker === undefined;

/**
 * The design's problems and, once planned, a warning per workload that would stay pending: the
 * problems list says what the canvas shows in red.
 */
export const selectProblems: (state: DesignAndCatalog) => Problem[] = memoOnDesignAndCatalog(
  (state) => {
    const { design, catalog, planner, checker } = state;
    if (!checker) return NO_PROBLEMS_YET;
    const problems = checker.validateDesign(design, catalog);
    const view = selectPlan(state);
    return view.status === 'ready' && planner
      ? [...problems, ...planner.planProblems(view)].sort(bySeverity)
      : problems;
  },
);

const NO_PROBLEMS: readonly Problem[] = [];
let byResourceOf: Problem[] | undefined;
let byResource = new Map<ResourceId, readonly Problem[]>();

/**
 * One resource's problems. The list stays the same array from one edit to the next while that
 * resource's problems read the same, so a card, badge or form re-renders only when its own
 * problems change, not on every keystroke anywhere in the design.
 */
export function selectResourceProblems(
  state: DesignAndCatalog,
  id: ResourceId,
): readonly Problem[] {
  const problems = selectProblems(state);
  if (problems !== byResourceOf) {
    const fresh = new Map<ResourceId, Problem[]>();
    for (const problem of problems) {
      const list = fresh.get(problem.resourceId);
      if (list) list.push(problem);
      else fresh.set(problem.resourceId, [problem]);
    }
    const kept = new Map<ResourceId, readonly Problem[]>();
    for (const [resourceId, list] of fresh) {
      const before = byResource.get(resourceId);
      kept.set(resourceId, before && sameData(before, list) ? before : list);
    }
    byResource = kept;
    byResourceOf = problems;
  }
  return byResource.get(id) ?? NO_PROBLEMS;
}

export const selectReferences: (state: Pick<DesignState, 'design'>) => Reference[] =
  memoOnDesign(references);

/** Where Karpenter would run the workloads: nothing to plan, waiting for the catalog, or the plan. */
export type PlanView =
  { status: 'none' } | { status: 'planning' } | ({ status: 'ready' } & DesignPlan);

const NO_WORKLOADS: PlanView = { status: 'none' };
const PLANNING: PlanView = { status: 'planning' };

/**
 * The plan, derived again on each edit and when the catalog and the engine arrive. Until both are
 * there the answer is "planning", never a verdict made without them.
 */
export const selectPlan: (state: DesignAndCatalog) => PlanView = memoOnDesignAndCatalog(
  ({ design, catalog, planner }) => {
    if (!Object.values(design.resources).some((r) => r.kind === 'Workload')) return NO_WORKLOADS;
    if (!catalog || !planner) return PLANNING;
    return { status: 'ready', ...planner.planOfDesign(design, catalog) };
  },
);

let verdictsOf: PlanView | undefined;
const verdictsNow = new Map<ResourceId, WorkloadVerdict>();
const verdictsShown = new Map<ResourceId, WorkloadVerdict>();

/**
 * What one workload's card says of the plan, judged once per plan and kept as the same object
 * while it reads the same: a keystroke re-plans 100 workloads but redraws only the cards whose
 * line changed.
 */
export function selectWorkloadVerdict(state: DesignAndCatalog, id: ResourceId): WorkloadVerdict {
  const view = selectPlan(state);
  if (view !== verdictsOf) {
    verdictsOf = view;
    verdictsNow.clear();
  }
  const now = verdictsNow.get(id);
  if (now) return now;
  const { planner } = state;
  const fresh =
    view.status === 'ready' && planner ? planner.workloadVerdict(view, id) : PLANNING_VERDICT;
  const shown = verdictsShown.get(id);
  const verdict = shown && sameData(shown, fresh) ? shown : fresh;
  verdictsShown.set(id, verdict);
  verdictsNow.set(id, verdict);
  return verdict;
}

/** False while a shared design is shown read-only: editing commands grey out then. */
export const selectEditable = (state: Pick<DesignState, 'viewing'>): boolean =>
  state.viewing === undefined;

/** The references drawn as the given canvas edges. */
export function selectReferencesFor(
  state: Pick<DesignState, 'design'>,
  edgeIds: readonly string[],
): Reference[] {
  const ids = new Set(edgeIds);
  return selectReferences(state).filter((r) => ids.has(r.id));
}

/** Whether a drag from `source` to `target` would make a reference, and why not. */
export function selectConnectionCheck(
  state: Pick<DesignState, 'design'>,
  source: ResourceId,
  target: ResourceId,
): ConnectionCheck {
  return checkConnection(state.design, source, target);
}
