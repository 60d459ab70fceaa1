/**
 * Rules shared by the two EC2NodeClass conversions (v1beta1 EC2NodeClass and v1alpha1
 * AWSNodeTemplate to v1 EC2NodeClass), each with the source it follows.
 */
import { defineKey } from '../import/clusterFields';
import type { Notes } from './conversion';
import { clone, withKey, type Json } from './json';

/**
 * The instance metadata options older nodes got when none were set: the v1beta1 CRD default
 * (aws/karpenter-provider-aws pkg/apis/v1beta1/ec2nodeclass.go) and the v1alpha1 launch template
 * default (`DefaultMetadataOptions`, pkg/providers/amifamily/resolver.go) alike.
 */
const OLDER_METADATA_OPTIONS: Json = {
  httpEndpoint: 'enabled',
  httpProtocolIPv6: 'disabled',
  httpPutResponseHopLimit: 2,
  httpTokens: 'required',
};

/**
 * v1 "will drop support for IMDS access from containers by default on new EC2NodeClasses by
 * updating the default of `httpPutResponseHopLimit` from 2 to 1", and "If you have workload pods
 * that are not using `hostNetworking`, the updated default `metadataOptions` could cause your
 * containers to break" (v1 Migration). The conversion keeps what the nodes had, explicitly.
 * `perFieldDefault` says whether the older API defaulted the hop limit inside a partly set
 * block too (the v1beta1 CRD did; v1alpha1 passed a partial block to EC2 as it was).
 */
export function metadataOptionsV1(
  options: Json | undefined,
  perFieldDefault: boolean,
  notes: Notes,
): Json | undefined {
  const why =
    'so pods without hostNetwork can still reach the instance metadata service (v1 defaults to 1, which blocks them); lower it to 1 if no pod needs that.';
  if (options === undefined) {
    notes.change(
      `metadataOptions written out with the older default httpPutResponseHopLimit 2, ${why}`,
    );
    return clone(OLDER_METADATA_OPTIONS);
  }
  if (perFieldDefault && options.httpPutResponseHopLimit === undefined) {
    notes.change(`metadataOptions.httpPutResponseHopLimit set to the older default 2, ${why}`);
    return withKey(options, 'httpPutResponseHopLimit', 2, ['httpProtocolIPv6', 'httpEndpoint']);
  }
  return options;
}

/**
 * Tags v1 rejects or no longer uses. The CRD rejects keys Karpenter sets itself
 * (karpenter.k8s.aws_ec2nodeclasses.yaml, v1, `spec.tags` rules); `karpenter.sh/managed-by`
 * "is replaced by `eks:eks-cluster-name`" (v1 Migration).
 */
function tagProblem(key: string): string | undefined {
  if (key === 'karpenter.sh/managed-by') {
    return 'v1 tags eks:eks-cluster-name instead; update IAM policies that key on karpenter.sh/managed-by';
  }
  if (key === '') return 'v1 rejects an empty tag key';
  if (
    key === 'eks:eks-cluster-name' ||
    key.startsWith('kubernetes.io/cluster') ||
    ['karpenter.sh/nodepool', 'karpenter.sh/nodeclaim', 'karpenter.k8s.aws/ec2nodeclass'].includes(
      key,
    )
  ) {
    return 'Karpenter sets it itself and v1 rejects it';
  }
  return undefined;
}

export function tagsV1(tags: Json | undefined, notes: Notes): Json | undefined {
  if (tags === undefined) return undefined;
  const out: Json = {};
  for (const [key, value] of Object.entries(tags)) {
    const problem = tagProblem(key);
    if (problem === undefined) defineKey(out, key, value);
    else notes.warn(`Tag "${key}" removed: ${problem}.`);
  }
  return out;
}

/** True when `spec` names exactly one of role and instanceProfile, as the v1 CRD requires. */
export function hasOneIdentity(spec: Json): boolean {
  return (spec.role !== undefined) !== (spec.instanceProfile !== undefined);
}
