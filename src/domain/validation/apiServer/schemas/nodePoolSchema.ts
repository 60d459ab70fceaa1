import {
  budgetScheduleWithDuration,
  staticPoolLimits,
  staticPoolWeight,
} from '../cel/nodePoolRules';
import {
  BUDGET_DURATION,
  BUDGET_NODES,
  CRON_SCHEDULE,
  DURATION_OR_NEVER,
  QUANTITY,
} from '../patterns';
import { array, integer, intOrString, map, object, string, type ObjectSchema } from '../schema';
import { NODECLAIM_TEMPLATE } from './nodePoolTemplateSchema';
import { NODEPOOL_STATUS } from './nodePoolStatusSchema';

/** NodePool (karpenter.sh/v1), transcribed from karpenter.sh_nodepools.yaml of Karpenter v1.14.1. */

const BUDGET = object(
  {
    duration: string({ pattern: BUDGET_DURATION }),
    nodes: string({ default: '10%', pattern: BUDGET_NODES }),
    reasons: array(string({ enum: ['Underutilized', 'Empty', 'Drifted'] }), {
      maxItems: 50,
      unique: true,
    }),
    schedule: string({ pattern: CRON_SCHEDULE }),
  },
  { required: ['nodes'] },
);

/**
 * Defaulted as a whole when absent (`consolidateAfter: 0s`, then policy and budgets inside it),
 * but a written block gets no `consolidateAfter`: it must be given.
 */
const DISRUPTION = object(
  {
    budgets: array(BUDGET, {
      default: [{ nodes: '10%' }],
      maxItems: 50,
      rules: [budgetScheduleWithDuration],
    }),
    consolidateAfter: string({ pattern: DURATION_OR_NEVER, example: '30s, 5m or Never' }),
    consolidationPolicy: string({
      default: 'WhenEmptyOrUnderutilized',
      enum: ['WhenEmpty', 'WhenEmptyOrUnderutilized', 'Balanced'],
    }),
  },
  { default: { consolidateAfter: '0s' }, required: ['consolidateAfter'] },
);

const SPEC = object(
  {
    disruption: DISRUPTION,
    limits: map(intOrString({ pattern: QUANTITY })),
    replicas: integer({ minimum: 0 }),
    template: NODECLAIM_TEMPLATE,
    weight: integer({ minimum: 1, maximum: 100 }),
  },
  { required: ['template'], rules: [staticPoolLimits, staticPoolWeight] },
);

/** The whole manifest but `metadata`, which the API server checks as ObjectMeta. */
export const NODEPOOL_SCHEMA: ObjectSchema = object(
  { apiVersion: string(), kind: string(), spec: SPEC, status: NODEPOOL_STATUS },
  { required: ['spec'] },
);
