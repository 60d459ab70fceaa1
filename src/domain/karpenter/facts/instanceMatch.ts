/**
 * Whether some EC2 instance type can meet a set of requirements, judged the way Karpenter labels
 * instance types (aws/karpenter-provider-aws, pkg/providers/instancetype/types.go,
 * `computeRequirements`):
 * - the GPU and accelerator labels are DoesNotExist on instances without them, and an instance
 *   with them has at least one, so `instance-gpu-count In [0]` or `Lt 1` matches nothing;
 * - `kubernetes.io/os` is windows only for amd64 instances with a Windows AMI (`getOS`): EKS
 *   publishes Windows AMIs for x86 only (https://docs.aws.amazon.com/eks/latest/eksctl/arm-support.html);
 * - category and generation come from the type's name (instanceTypeNames.ts), architecture and
 *   GPUs from EC2 (instanceFamilies.ts), so listed families or types can be checked against the
 *   other keys.
 * Families missing from instanceFamilies.ts are assumed to fit: a "no" here is always sure.
 */
import {
  instanceFamilyFacts,
  type Architecture,
  type InstanceFamilyFacts,
} from './instanceFamilies';
import { familyLabels, parseInstanceType } from './instanceTypeNames';
import {
  admitsAbsence,
  admitsNothing,
  admitsNumberAtLeast,
  admitsValue,
  admittedValues,
  type LabelConstraint,
  type LabelConstraints,
} from '../model/labelConstraints';

const GPU_COUNT = 'karpenter.k8s.aws/instance-gpu-count';
const ACCELERATOR_COUNT = 'karpenter.k8s.aws/instance-accelerator-count';
export const ARCH = 'kubernetes.io/arch';
export const OS = 'kubernetes.io/os';
export const INSTANCE_TYPE = 'node.kubernetes.io/instance-type';
export const FAMILY = 'karpenter.k8s.aws/instance-family';
const SIZE = 'karpenter.k8s.aws/instance-size';
const CATEGORY = 'karpenter.k8s.aws/instance-category';
const GENERATION = 'karpenter.k8s.aws/instance-generation';
const GPU_KEYS = [
  'karpenter.k8s.aws/instance-gpu-name',
  'karpenter.k8s.aws/instance-gpu-manufacturer',
  GPU_COUNT,
  'karpenter.k8s.aws/instance-gpu-memory',
];
const ACCELERATOR_KEYS = [
  'karpenter.k8s.aws/instance-accelerator-name',
  'karpenter.k8s.aws/instance-accelerator-manufacturer',
  ACCELERATOR_COUNT,
];

/** Count labels (GPUs, accelerators) whose requirements allow only counts below 1. */
export function countsBelowOne(constraints: LabelConstraints): LabelConstraint[] {
  return [GPU_COUNT, ACCELERATOR_COUNT]
    .map((key) => constraints.get(key))
    .filter(
      (c): c is LabelConstraint => c !== undefined && c.mustExist && !admitsNumberAtLeast(c, 1),
    );
}

/** The requirements allow only Windows nodes. */
function windowsOnly(constraints: LabelConstraints): boolean {
  const os = constraints.get(OS);
  return admitsValue(os, 'windows') && !admitsValue(os, 'linux') && !admitsAbsence(os);
}

/** Windows only, and amd64 ruled out. */
export function windowsOnArm(constraints: LabelConstraints): boolean {
  return windowsOnly(constraints) && !admitsValue(constraints.get(ARCH), 'amd64');
}

interface Listing {
  candidates: Candidate[];
  /** Listed as instance types (node.kubernetes.io/instance-type), else as families. */
  fromTypes: boolean;
  /** The requirement key that lists them. */
  key: string;
}

/** The instance types or families the requirements list, when they list them. */
export function listedInstances(constraints: LabelConstraints): Listing | undefined {
  const types = admittedValues(constraints.get(INSTANCE_TYPE));
  if (types) {
    const candidates = types.map((subject) => {
      const parsed = parseInstanceType(subject);
      return { subject, family: parsed?.family ?? subject, size: parsed?.size };
    });
    return { candidates, fromTypes: true, key: INSTANCE_TYPE };
  }
  const families = admittedValues(constraints.get(FAMILY));
  if (!families) return undefined;
  return {
    candidates: families.map((family) => ({ subject: family, family })),
    fromTypes: false,
    key: FAMILY,
  };
}

const answers = new WeakMap<LabelConstraints, boolean>();

/** False when it is sure no instance type meets the requirements; remembered per constraints. */
export function canMatchSomeInstance(constraints: LabelConstraints): boolean {
  let answer = answers.get(constraints);
  if (answer === undefined) {
    answer = decide(constraints);
    answers.set(constraints, answer);
  }
  return answer;
}

function decide(constraints: LabelConstraints): boolean {
  if ([...constraints.values()].some(admitsNothing)) return false;
  if (countsBelowOne(constraints).length > 0 || windowsOnArm(constraints)) return false;
  const listing = listedInstances(constraints);
  return (
    !listing ||
    listing.candidates.some((c) => exclusionOf(c, constraints, listing.fromTypes) === undefined)
  );
}

export interface Candidate {
  /** What the user listed: `g5` or `g5.xlarge`. */
  subject: string;
  family: string;
  size?: string;
}

/** Why a candidate cannot satisfy the pool; `is` and `has` agree with one or several subjects. */
export interface Exclusion {
  why: (plural: boolean) => string;
  fix: string;
}

export function exclusionOf(
  candidate: Candidate,
  constraints: LabelConstraints,
  fromTypes: boolean,
): Exclusion | undefined {
  const is = (plural: boolean) => (plural ? 'are' : 'is');
  const { category, generation } = familyLabels(candidate.family);
  if (fromTypes && !admitsValue(constraints.get(FAMILY), candidate.family)) {
    return {
      why: (p) => `${is(p)} not in ${FAMILY}`,
      fix: 'Make the instance types and instance-family agree.',
    };
  }
  if (candidate.size !== undefined && !admitsValue(constraints.get(SIZE), candidate.size)) {
    return {
      why: (p) => `${is(p)} not in ${SIZE}`,
      fix: 'Make the instance types and instance-size agree.',
    };
  }
  if (category !== undefined && !admitsValue(constraints.get(CATEGORY), category)) {
    return {
      why: (p) => `${is(p)} in category ${category}, which ${CATEGORY} excludes`,
      fix: `Add ${category} to instance-category or list other families.`,
    };
  }
  if (generation !== undefined && !admitsValue(constraints.get(GENERATION), generation)) {
    return {
      why: (p) => `${is(p)} generation ${generation}, which ${GENERATION} excludes`,
      fix: 'Widen instance-generation or list newer families.',
    };
  }
  const facts = instanceFamilyFacts(candidate.family);
  return facts && (archExclusion(facts, constraints) ?? deviceExclusion(facts, constraints));
}

/** Families to suggest instead, by architecture and by whether the pool is after GPUs. */
const ALTERNATIVES: Readonly<Record<Architecture, { cpu: string; gpu: string }>> = {
  arm64: { cpu: 'Graviton families (c8g, m8g, r8g)', gpu: 'the Graviton GPU family g5g' },
  amd64: { cpu: 'x86 families (c7i, m7i, r7i)', gpu: 'x86 GPU families (g6, g6e, p5)' },
};

function archExclusion(
  facts: InstanceFamilyFacts,
  constraints: LabelConstraints,
): Exclusion | undefined {
  const { architecture } = facts;
  if (windowsOnly(constraints) && architecture === 'arm64') {
    return {
      why: (p) => `${p ? 'are' : 'is'} arm64, and Windows AMIs run only on amd64`,
      fix: 'Pick x86 (amd64) families for Windows.',
    };
  }
  const arch = constraints.get(ARCH);
  if (admitsValue(arch, architecture)) return undefined;
  const other: Architecture = architecture === 'amd64' ? 'arm64' : 'amd64';
  return {
    why: (p) => `${p ? 'are' : 'is'} ${architecture}-only but ${ARCH} allows only ${other}`,
    fix: `Allow ${architecture}, or pick ${ALTERNATIVES[other][facts.gpu ? 'gpu' : 'cpu']}.`,
  };
}

function deviceExclusion(
  facts: InstanceFamilyFacts,
  constraints: LabelConstraints,
): Exclusion | undefined {
  const has = (plural: boolean) => (plural ? 'have' : 'has');
  const gpu = facts.gpu;
  if (gpu) {
    if (constraints.get(GPU_COUNT)?.mustNotExist) {
      return {
        why: (p) =>
          `always ${has(p)} ${gpu.model} GPUs, but ${GPU_COUNT} DoesNotExist keeps GPUs out`,
        fix: 'Drop the instance-gpu-count requirement or list families without GPUs.',
      };
    }
    for (const [key, value] of [
      ['karpenter.k8s.aws/instance-gpu-name', gpu.name],
      ['karpenter.k8s.aws/instance-gpu-manufacturer', gpu.manufacturer],
    ] as const) {
      if (!admitsValue(constraints.get(key), value)) {
        return {
          why: (p) => `${has(p)} ${gpu.model} (${value}), which ${key} excludes`,
          fix: `Make the families and ${key.split('/')[1] ?? key} agree.`,
        };
      }
    }
  } else {
    const key = GPU_KEYS.find((k) => constraints.get(k)?.mustExist);
    if (key) {
      return {
        why: (p) => `${has(p)} no GPU, but ${key} requires one`,
        fix: 'List GPU families or drop the GPU requirement.',
      };
    }
  }
  if (facts.neuron) {
    if (constraints.get(ACCELERATOR_COUNT)?.mustNotExist) {
      return {
        why: (p) =>
          `always ${has(p)} ${facts.neuron ?? 'accelerators'}, but ${ACCELERATOR_COUNT} DoesNotExist keeps accelerators out`,
        fix: 'Drop the instance-accelerator-count requirement or list other families.',
      };
    }
  } else if (!gpu) {
    const key = ACCELERATOR_KEYS.find((k) => constraints.get(k)?.mustExist);
    if (key) {
      return {
        why: (p) => `${has(p)} no accelerator, but ${key} requires one`,
        fix: 'List Inferentia or Trainium families or drop the accelerator requirement.',
      };
    }
  }
  return undefined;
}
