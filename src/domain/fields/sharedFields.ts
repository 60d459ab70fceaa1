import type { FieldHelp } from './fieldHelp';

/** Help that reads the same for the fields of every kind that has them. */

export const METADATA: FieldHelp = {
  help: 'The name of this resource, and its labels and annotations.',
};
export const METADATA_LABELS: FieldHelp = {
  help: 'Labels on this resource itself (not on the nodes it makes).',
};
export const METADATA_ANNOTATIONS: FieldHelp = {
  help: 'Annotations on this resource itself (not on the nodes it makes).',
};
export const STATUS: FieldHelp = {
  help: 'Written by Karpenter; the API server ignores it on create.',
};

export const TAINT_KEY: FieldHelp = { help: 'The taint key, such as nvidia.com/gpu.' };
export const TAINT_VALUE: FieldHelp = { help: 'An optional value for the key.' };
export const TAINT_EFFECT: FieldHelp = {
  help: 'What the taint does to pods that do not tolerate it.',
  values: {
    NoSchedule: 'They are not scheduled on the node.',
    PreferNoSchedule: 'The scheduler avoids the node for them when it can.',
    NoExecute: 'They are not scheduled, and running ones are evicted.',
  },
};

export const SELECTOR_TAGS: FieldHelp = {
  help: "Tags to select by; '*' matches any value of a key.",
};
