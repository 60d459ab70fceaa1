import type { SelectorTerm } from '../../karpenter/model/types';

/**
 * Per-field checks the EC2NodeClass CRD makes (karpenter.k8s.aws_ec2nodeclasses.yaml, v1.14.1),
 * worded for the field they are shown at.
 */

const ALIAS_FAMILIES = [
  'al2',
  'al2023',
  'bottlerocket',
  'windows2019',
  'windows2022',
  'windows2025',
];
const WINDOWS_FAMILIES = ['windows2019', 'windows2022', 'windows2025'];
const MAX_ALIAS = 30;

export function amiAliasProblem(alias: string): string | undefined {
  if (alias.length === 0) return 'an alias is required, e.g. al2023@latest';
  if (alias.length > MAX_ALIAS) return `must be at most ${MAX_ALIAS} characters`;
  const match = /^([a-zA-Z0-9]+)@(.+)$/.exec(alias);
  if (!match) return "must be 'family@version', e.g. al2023@latest or bottlerocket@v1.20.0";
  const [, family = '', version = ''] = match;
  if (!ALIAS_FAMILIES.includes(family)) return `family must be one of ${ALIAS_FAMILIES.join(', ')}`;
  // Windows AMIs are not versioned by the EKS release the way the Linux ones are.
  if (WINDOWS_FAMILIES.includes(family) && version !== 'latest') {
    return 'Windows families may only use @latest';
  }
  return undefined;
}

/** Selector tags may not have empty keys or values; `*` matches any value. */
export function selectorTagKeyProblem(key: string): string | undefined {
  return key === '' ? 'a tag key is required' : undefined;
}

export function selectorTagValueProblem(value: string): string | undefined {
  return value === '' ? 'a tag value is required (* matches any value)' : undefined;
}

/** Why the selector list selects nothing, judged on the first term the inspector edits. */
export function selectorTermsProblem(terms: readonly SelectorTerm[]): string | undefined {
  const first = terms[0];
  if (!first) return 'at least one selector term is required';
  return Object.keys(first).length > 0 ? undefined : 'the first term selects nothing: add a tag';
}
