/**
 * How Karpenter derives the instance-category, -generation, -family and -size labels from an EC2
 * instance type name. Source: aws/karpenter-provider-aws, pkg/providers/instancetype/types.go
 * (`instanceTypeScheme` and `computeRequirements`): the category is the leading letters, an
 * optional `-<N>tb` (u-6tb1) is skipped, the generation is the first number; the family and the
 * size are the two halves around the dot.
 */
const INSTANCE_TYPE_SCHEME = /^([a-z]+)(-[0-9]+tb)?([0-9]+).*\./;

export interface InstanceTypeName {
  family: string;
  size: string;
}

export interface FamilyLabels {
  /** `karpenter.k8s.aws/instance-category`, e.g. `g` for g5, `gr` for gr6. */
  category?: string;
  /** `karpenter.k8s.aws/instance-generation`, e.g. `6` for p6-b200. */
  generation?: string;
}

/** `g5.2xlarge` -> family g5, size 2xlarge; undefined for anything that is not `family.size`. */
export function parseInstanceType(instanceType: string): InstanceTypeName | undefined {
  const parts = instanceType.split('.');
  if (parts.length !== 2) return undefined;
  const [family = '', size = ''] = parts;
  return family && size ? { family, size } : undefined;
}

/** The category and generation labels every instance type of `family` carries. */
export function familyLabels(family: string): FamilyLabels {
  const match = INSTANCE_TYPE_SCHEME.exec(`${family}.`);
  if (!match) return {};
  return { category: match[1], generation: match[3] };
}
