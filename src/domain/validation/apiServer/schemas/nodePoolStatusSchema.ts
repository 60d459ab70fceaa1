import { array, integer, intOrString, map, object, string, type ObjectSchema } from '../schema';

/**
 * `status` of a NodePool. The status subresource makes the API server discard it on create, so
 * only its shape matters: strict field validation still rejects unknown fields inside it, before
 * it is discarded. Value constraints (patterns, enums) are therefore left out.
 */

export const CONDITIONS = array(
  object(
    {
      lastTransitionTime: string(),
      message: string(),
      observedGeneration: integer(),
      reason: string(),
      status: string(),
      type: string(),
    },
    { required: ['lastTransitionTime', 'message', 'reason', 'status', 'type'] },
  ),
);

export const NODEPOOL_STATUS: ObjectSchema = object({
  conditions: CONDITIONS,
  nodeClassObservedGeneration: integer(),
  nodes: integer({ default: 0 }),
  resources: map(intOrString()),
});
