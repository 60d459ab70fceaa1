import { workloadResources } from '../../domain/design/resources';
import type { Design } from '../../domain/design/types';
import type { InstanceCatalog } from '../../domain/karpenter/catalog/instanceType';
import { planOfDesign } from '../../domain/scheduling/plan/designPlan';
import { planProblems } from '../../domain/scheduling/present/planProblems';
import type { Problem } from '../../domain/validation/problem';
import { validateDesign } from '../../domain/validation/validateDesign';

/**
 * What the app's Problems list shows for a design (the store's `selectProblems`): every problem
 * of validateDesign and, when there are workloads, a warning for each that would stay pending.
 * A design without workloads is never planned, as in the app.
 */
export function designProblems(design: Design, catalog: InstanceCatalog): Problem[] {
  const problems = validateDesign(design, catalog);
  if (workloadResources(design).length === 0) return problems;
  return [...problems, ...planProblems(planOfDesign(design, catalog))];
}
