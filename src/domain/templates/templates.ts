import { batch } from './batch';
import { bottlerocket } from './bottlerocket';
import type { DesignTemplate } from './designTemplate';
import { gpuTrainingAndInference } from './gpuTrainingAndInference';
import { gravitonWithX86Fallback } from './gravitonWithX86Fallback';
import { latencySensitive } from './latencySensitive';
import { migInferenceOnH100 } from './migInferenceOnH100';
import { minimal } from './minimal';
import { spotWithOnDemandFallback } from './spotWithOnDemandFallback';
import { windows } from './windows';

/** The gallery, in the order it is shown: from the least a cluster needs to special cases. */
export const TEMPLATES: readonly DesignTemplate[] = [
  minimal,
  spotWithOnDemandFallback,
  gpuTrainingAndInference,
  migInferenceOnH100,
  gravitonWithX86Fallback,
  windows,
  bottlerocket,
  batch,
  latencySensitive,
];
