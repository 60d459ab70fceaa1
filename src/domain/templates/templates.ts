import { batch } from './batch';
import { bottlerocket } from './bottlerocket';
import type { DesignTemplate } from './designTemplate';
import { gpuSpotFirst } from './gpuSpotFirst';
import { gpuTrainingAndInference } from './gpuTrainingAndInference';
import { gravitonWithX86Fallback } from './gravitonWithX86Fallback';
import { latencySensitive } from './latencySensitive';
import { migInferenceOnH100 } from './migInferenceOnH100';
import { migWithNodeOverlay } from './migWithNodeOverlay';
import { minimal } from './minimal';
import { spotWithOnDemandFallback } from './spotWithOnDemandFallback';
import { whyPending } from './whyPending';
import { windows } from './windows';

/**
 * The gallery, in the order it is shown: from the least a cluster needs to special cases, each
 * template with workloads beside the one it builds on, and the workshop last.
 */
export const TEMPLATES: readonly DesignTemplate[] = [
  minimal,
  spotWithOnDemandFallback,
  gpuTrainingAndInference,
  gpuSpotFirst,
  migInferenceOnH100,
  migWithNodeOverlay,
  gravitonWithX86Fallback,
  windows,
  bottlerocket,
  batch,
  latencySensitive,
  whyPending,
];
