// The engine's chunk (see planner.ts): only ever imported dynamically, or by tests.
export { planOfDesign } from '../domain/scheduling/plan/designPlan';
export { planProblems } from '../domain/scheduling/present/planProblems';
export { workloadVerdict } from '../domain/scheduling/present/workloadVerdict';
