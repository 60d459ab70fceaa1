import { infrastructureOf } from '../design/infrastructure';
import type { Design } from '../design/types';
import type { InstanceCatalog } from '../karpenter/catalog/instanceType';
import { bySeverity, type Problem } from './problem';
import { apiServerRules } from './rules/apiServerRules';
import { duplicateNames } from './rules/duplicateNames';
import { invalidNames } from './rules/invalidNames';
import { annotationKeySyntax } from './rules/annotationKeySyntax';
import { labelSyntax } from './rules/labelSyntax';
import { maxPodsAboveEniLimit } from './rules/maxPodsAboveEniLimit';
import { limitKeySyntax } from './rules/limitKeySyntax';
import { migProfileRules } from './rules/migProfiles';
import { migInstances } from './rules/mig/migInstances';
import { migLayouts } from './rules/mig/migLayouts';
import { migPoolForm } from './rules/mig/migPoolForm';
import { migScheduling } from './rules/mig/migScheduling';
import { migUserDataClasses } from './rules/mig/migUserDataClasses';
import { nodeClassReferences } from './rules/nodeClassReferences';
import { unusedClasses } from './rules/unusedClasses';
import { al2Classes } from './rules/al2Classes';
import { bottlerocketDataVolume } from './rules/bottlerocketDataVolume';
import { classOsMismatch } from './rules/classOsMismatch';
import { contradictoryRequirements } from './rules/contradictoryRequirements';
import { narrowSpotPools } from './rules/narrowSpotPools';
import { noMatchingInstances } from './rules/noMatchingInstances';
import { overlappingPools } from './rules/overlappingPools';
import { poolsWithoutLimits } from './rules/poolsWithoutLimits';
import { reservedWithoutReservations } from './rules/reservedWithoutReservations';
import { unknownRequirementValues } from './rules/unknownRequirementValues';
import { unmetMinValues } from './rules/unmetMinValues';
import { unreachableLimits } from './rules/unreachableLimits';
import { untaintedGpuPools } from './rules/untaintedGpuPools';
import { workloadQuantities } from './rules/workloadQuantities';

/**
 * A rule reads the design, and the instance catalog when it asks which instance types a pool can
 * launch: such a rule returns [] without the catalog (a lazy chunk the app loads after its first
 * render), and its problems appear once the catalog is there.
 */
type Rule = (design: Design, catalog?: InstanceCatalog) => Problem[];

export const RULES: readonly Rule[] = [
  invalidNames,
  labelSyntax,
  annotationKeySyntax,
  limitKeySyntax,
  duplicateNames,
  nodeClassReferences,
  unusedClasses,
  migProfileRules,
  migLayouts,
  migInstances,
  migPoolForm,
  migScheduling,
  migUserDataClasses,
  apiServerRules,
  al2Classes,
  bottlerocketDataVolume,
  classOsMismatch,
  contradictoryRequirements,
  narrowSpotPools,
  noMatchingInstances,
  overlappingPools,
  poolsWithoutLimits,
  reservedWithoutReservations,
  unknownRequirementValues,
  untaintedGpuPools,
  unreachableLimits,
  unmetMinValues,
  maxPodsAboveEniLimit,
  workloadQuantities,
];

/**
 * The rules that read workloads too; every other rule reads pools, classes and MIG profiles only.
 * Those run on the design without its workloads, and their problems are kept while that is the
 * same object: with 100 workloads on the canvas, an edit to one re-plans but does not re-check
 * 20 pools against 1,363 instance types.
 */
export const WORKLOAD_RULES: ReadonlySet<Rule> = new Set([
  invalidNames,
  duplicateNames,
  workloadQuantities,
]);

let kept: { design: Design; catalog?: InstanceCatalog; problems: Map<Rule, Problem[]> } = {
  design: { resources: {} },
  problems: new Map(),
};

/** Every problem in the design, errors first. User input never throws; it yields problems. */
export function validateDesign(design: Design, catalog?: InstanceCatalog): Problem[] {
  const infrastructure = infrastructureOf(design);
  if (kept.design !== infrastructure || kept.catalog !== catalog)
    kept = { design: infrastructure, catalog, problems: new Map() };
  const { problems } = kept;
  return RULES.flatMap((rule) => {
    if (WORKLOAD_RULES.has(rule)) return rule(design, catalog);
    let found = problems.get(rule);
    if (!found) problems.set(rule, (found = rule(infrastructure, catalog)));
    return found;
  }).sort(bySeverity);
}
