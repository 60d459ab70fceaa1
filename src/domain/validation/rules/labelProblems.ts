import { ALLOWED_KARPENTER_K8S_AWS } from '../../karpenter/facts/restrictedLabels';
import { LABEL_VALUE, QUALIFIED_NAME } from '../apiServer/patterns';

/**
 * Label keys and values as Kubernetes checks them on the Node, for the rules that warn where the
 * NodePool CRD lets through what the Node would not (labelSyntax, annotationKeySyntax,
 * limitKeySyntax): keys are qualified names, and two label domains belong to Karpenter, which
 * sets those labels itself. The patterns are the CRD's, written once in apiServer/patterns.ts.
 */

const MAX_QUALIFIED_NAME = 316;
const MAX_LABEL_VALUE = 63;

/** The karpenter.sh labels a NodePool may still name: the rest are Karpenter's own. */
const ALLOWED_KARPENTER_SH = ['karpenter.sh/capacity-type'];

/** Why a key is not a `[prefix/]name` key (taints, limits), or undefined. */
export function qualifiedNameProblem(key: string): string | undefined {
  if (key.length === 0) return 'is empty';
  if (key.length > MAX_QUALIFIED_NAME) return `must be at most ${MAX_QUALIFIED_NAME} characters`;
  if (!QUALIFIED_NAME.re.test(key)) {
    return "must be an optional DNS prefix and '/', then letters, digits, '-', '_' or '.', starting and ending with a letter or digit";
  }
  return undefined;
}

/** Why a key cannot be a requirement key or template label, or undefined. */
export function labelKeyProblem(key: string): string | undefined {
  const format = qualifiedNameProblem(key);
  if (format) return format;
  // The CRD compares the text before the first '/', or the whole key when there is none.
  const domain = key.split('/')[0] ?? key;
  if (key === 'karpenter.sh/nodepool') return 'karpenter.sh/nodepool is set by Karpenter';
  if (key === 'kubernetes.io/hostname') return 'kubernetes.io/hostname is restricted';
  if (domain.endsWith('karpenter.sh') && !ALLOWED_KARPENTER_SH.includes(key)) {
    return 'the karpenter.sh label domain is restricted';
  }
  if (domain.endsWith('karpenter.k8s.aws') && !ALLOWED_KARPENTER_K8S_AWS.has(key)) {
    return 'the karpenter.k8s.aws label domain is restricted to the well-known labels';
  }
  return undefined;
}

/** Why a text cannot be a label value (empty is a valid label value), or undefined. */
export function labelValueProblem(value: string): string | undefined {
  if (value.length > MAX_LABEL_VALUE) return `must be at most ${MAX_LABEL_VALUE} characters`;
  if (!LABEL_VALUE.re.test(value)) {
    return "must be letters, digits, '-', '_' or '.', starting and ending with a letter or digit";
  }
  return undefined;
}
