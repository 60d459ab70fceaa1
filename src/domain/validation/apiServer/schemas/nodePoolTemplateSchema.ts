import * as labelKeys from '../cel/labelKeyRules';
import { nodeClassRefGroup, nodeClassRefKind, nodeClassRefName } from '../cel/nodePoolRules';
import {
  inNeedsValues,
  minValuesNeedsValues,
  numericNeedsOneWholeNumber,
} from '../cel/requirementRules';
import { API_GROUP, DURATION, DURATION_OR_NEVER, LABEL_VALUE, QUALIFIED_NAME } from '../patterns';
import { array, integer, map, object, string, type ObjectSchema } from '../schema';

/** `spec.template` of karpenter.sh_nodepools.yaml (v1.14.1): the NodeClaims a pool launches. */

const TAINT = object(
  {
    effect: string({
      enum: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'],
      example: 'NoSchedule',
    }),
    key: string({ minLength: 1, pattern: QUALIFIED_NAME, example: 'example.com/gpu' }),
    timeAdded: string({ format: 'date-time' }),
    value: string({ pattern: QUALIFIED_NAME }),
  },
  { required: ['effect', 'key'] },
);

const REQUIREMENT = object(
  {
    key: string({
      maxLength: 316,
      pattern: QUALIFIED_NAME,
      example: 'karpenter.sh/capacity-type',
      rules: [
        labelKeys.requirementKeyKarpenterSh,
        labelKeys.requirementKeyNodePool,
        labelKeys.requirementKeyHostname,
        labelKeys.requirementKeyKarpenterK8sAws,
      ],
    }),
    minValues: integer({ minimum: 1, maximum: 50 }),
    operator: string({
      enum: ['Gte', 'Lte', 'In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'],
      example: 'In',
    }),
    // Upstream also puts `maxLength: 63` and a label-value pattern on this list itself, where the
    // API server ignores them (string checks apply to strings only): values are not checked.
    values: array(string()),
  },
  { required: ['key', 'operator'] },
);

const NODE_CLASS_REF = object(
  {
    group: string({ pattern: API_GROUP, example: 'karpenter.k8s.aws', rules: [nodeClassRefGroup] }),
    kind: string({ example: 'EC2NodeClass', rules: [nodeClassRefKind] }),
    name: string({ example: 'default', rules: [nodeClassRefName] }),
  },
  { required: ['group', 'kind', 'name'] },
);

export const NODECLAIM_TEMPLATE: ObjectSchema = object(
  {
    metadata: object({
      annotations: map(string()),
      labels: map(string({ maxLength: 63, pattern: LABEL_VALUE }), {
        maxProperties: 100,
        rules: [
          labelKeys.templateLabelKarpenterSh,
          labelKeys.templateLabelNodePool,
          labelKeys.templateLabelHostname,
          labelKeys.templateLabelKarpenterK8sAws,
        ],
      }),
    }),
    spec: object(
      {
        expireAfter: string({ default: '720h', pattern: DURATION_OR_NEVER }),
        nodeClassRef: NODE_CLASS_REF,
        requirements: array(REQUIREMENT, {
          maxItems: 100,
          example: '[{key: kubernetes.io/arch, operator: In, values: [amd64]}]',
          rules: [inNeedsValues, numericNeedsOneWholeNumber, minValuesNeedsValues],
        }),
        startupTaints: array(TAINT),
        taints: array(TAINT),
        terminationGracePeriod: string({ pattern: DURATION }),
      },
      { required: ['nodeClassRef', 'requirements'] },
    ),
  },
  { required: ['spec'] },
);
