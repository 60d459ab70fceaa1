/**
 * Pods Karpenter ignores: `Provisioner.Validate` (core `provisioning/provisioner.go ::
 * validateKarpenterManagedLabelCanExist, validateNodeSelector, validateAffinity,
 * validateNodeSelectorTerm` → `pkg/apis/v1/nodeclaim_validation.go :: ValidateRequirement`; spec
 * 1.1). Such a pod is logged "ignoring pod, …" and never provisioned for, whatever the pools.
 * `reason` is Karpenter's own message, so users can search it; `detail` says it in plain words.
 */
import {
  isRestrictedLabel,
  normalizeLabelKey as normalizedKey,
} from '../../karpenter/requirements/wellKnownLabels';
import { podRequirements } from './podRequirements';
import type { PodNodeSelectorRequirement, PodSpec } from './workload';

export interface IgnoredReason {
  reason: string;
  detail: string;
  /** Read from Karpenter's code but not exercised (spec 1.8, 7): say "uncertain". */
  uncertain?: boolean;
  /** The pod opts out of Karpenter on purpose (no event is recorded). */
  optOut?: boolean;
}

const NODEPOOL = 'karpenter.sh/nodepool';
const EC2NODECLASS = 'karpenter.k8s.aws/ec2nodeclass';

/** `SupportedNodeSelectorOps`, printed in a fixed order (Go prints the set's in map order). */
const SUPPORTED_OPERATORS = ['In', 'NotIn', 'Gt', 'Lt', 'Exists', 'DoesNotExist'];

/**
 * `WellKnownValuesForRequirements` (core capacity type, aws tenancy): an `In` that names none of
 * these can never match.
 */
const KNOWN_VALUES: Readonly<Record<string, readonly string[]>> = {
  'karpenter.sh/capacity-type': ['on-demand', 'spot', 'reserved'],
  'karpenter.k8s.aws/instance-tenancy': ['default', 'dedicated'],
};

/** Go's `strconv.Atoi` accepts an optional sign and decimal digits. */
const INTEGER = /^[+-]?\d+$/;

function goList(values: readonly string[]): string {
  return `[${values.join(' ')}]`;
}

function restrictedDetail(key: string): Pick<IgnoredReason, 'detail' | 'uncertain'> {
  if (key === 'kubernetes.io/hostname') {
    return {
      detail:
        'Karpenter cannot pick a node by name: it names nodes itself, so a pod that selects kubernetes.io/hostname is never provisioned for.',
    };
  }
  if (key === EC2NODECLASS) {
    return {
      detail:
        'Every Karpenter node carries this label, but Karpenter does not list it as well-known, so by its code the pod is ignored. Uncertain: read from the code, not tested on a cluster.',
      uncertain: true,
    };
  }
  if (key.includes('karpenter.sh/') || key.includes('karpenter.k8s.aws/')) {
    return {
      detail: `The karpenter.sh and karpenter.k8s.aws domains belong to Karpenter; a pod may select only their well-known labels, and ${key} is not one of them.`,
    };
  }
  return {
    detail: `The kubernetes.io and k8s.io domains are reserved for Kubernetes; a pod may select only their well-known labels (and node.kubernetes.io/… keys), and ${key} is not one of them.`,
  };
}

/** `ValidateRequirement`, in its order; the first problem of one requirement. */
function requirementProblem(requirement: PodNodeSelectorRequirement): IgnoredReason | undefined {
  const key = normalizedKey(requirement.key);
  const { operator } = requirement;
  const values = requirement.values ?? [];
  if (!SUPPORTED_OPERATORS.includes(operator)) {
    const karpenterOnly = operator === 'Gte' || operator === 'Lte';
    return {
      reason: `key ${key} has an unsupported operator ${operator} not in ${goList(SUPPORTED_OPERATORS)}`,
      detail: `A pod's node affinity may use In, NotIn, Exists, DoesNotExist, Gt and Lt${karpenterOnly ? `; ${operator} is for NodePool requirements only` : ''}.`,
    };
  }
  if (isRestrictedLabel(key)) {
    return {
      // Karpenter's IsRestrictedLabel text, without its two long lists of labels and domains.
      reason: `using label ${key} is not allowed as it might interfere with the internal provisioning logic; specify a well known label, or a custom label that does not use a restricted domain`,
      ...restrictedDetail(key),
    };
  }
  const known = KNOWN_VALUES[key];
  if (known && operator === 'In' && !values.some((value) => known.includes(value))) {
    return {
      reason: `no valid values found in ${goList(values)} for ${key}, expected one of: ${goList(known)}, got: ${goList(values)}`,
      detail: `${key} only ever takes the values ${known.join(', ')}, so the pod can match no node.`,
    };
  }
  if (operator === 'In' && values.length === 0) {
    return {
      reason: `key ${key} with operator In must have a value defined`,
      detail: 'An In requirement without values matches nothing.',
    };
  }
  if (operator === 'Gt' || operator === 'Lt') {
    const [value] = values;
    if (values.length !== 1 || !INTEGER.test(value!) || Number(value) < 0) {
      return {
        reason: `key ${key} with operator ${operator} must have a single positive integer value`,
        detail: `${operator} compares with exactly one whole number, zero or more.`,
      };
    }
  }
  return undefined;
}

function optOut(spec: PodSpec): IgnoredReason | undefined {
  const { requirements } = podRequirements(spec);
  if (!requirements.some((r) => r.key === NODEPOOL && r.operator === 'DoesNotExist'))
    return undefined;
  return {
    reason: 'configured to not run on a Karpenter provisioned node',
    detail: `The pod requires ${NODEPOOL} DoesNotExist: it opts out of Karpenter, which ignores it without an event.`,
    optOut: true,
  };
}

/**
 * Why Karpenter would ignore the pod, or undefined. The opt-out is checked on the requirements
 * Karpenter schedules with (nodeSelector, first required term, heaviest preference); validation
 * covers the nodeSelector and **every** required term, and never the preferred terms.
 */
export function ignoredReason(spec: PodSpec): IgnoredReason | undefined {
  const opted = optOut(spec);
  if (opted) return opted;
  for (const [key, value] of Object.entries(spec.nodeSelector ?? {})) {
    const problem = requirementProblem({ key, operator: 'In', values: [value] });
    if (problem) return problem;
  }
  const terms =
    spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
      ?.nodeSelectorTerms ?? [];
  for (const term of terms) {
    // Go checks `MatchFields != nil`: even an empty list is refused.
    if (term.matchFields != null) {
      return {
        reason: 'node selector term with matchFields is not supported',
        detail:
          'Karpenter cannot know the fields of a node (such as its name) before launching it.',
      };
    }
    for (const expression of term.matchExpressions ?? []) {
      const problem = requirementProblem(expression);
      if (problem) return problem;
    }
  }
  return undefined;
}
