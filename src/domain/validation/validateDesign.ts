import type { Design } from '../design/types';
import { bySeverity, type Problem } from './problem';
import { duplicateNames } from './rules/duplicateNames';
import { fieldValues } from './rules/fieldValues';
import { invalidNames } from './rules/invalidNames';
import { migProfileRules } from './rules/migProfiles';
import { nodeClassReferences } from './rules/nodeClassReferences';
import { unusedClasses } from './rules/unusedClasses';

const RULES: readonly ((design: Design) => Problem[])[] = [
  invalidNames,
  duplicateNames,
  nodeClassReferences,
  unusedClasses,
  migProfileRules,
  fieldValues,
];

/** Every problem in the design, errors first. User input never throws; it yields problems. */
export function validateDesign(design: Design): Problem[] {
  return RULES.flatMap((rule) => rule(design)).sort(bySeverity);
}
