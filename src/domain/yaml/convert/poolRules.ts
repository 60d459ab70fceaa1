/**
 * Rules shared by the two pool conversions (v1beta1 NodePool and v1alpha5 Provisioner to v1
 * NodePool), each with the passage of the Karpenter upgrade guides it follows.
 */
import { EC2NODECLASS_GROUP, EC2NODECLASS_KIND } from '../../karpenter/model/types';
import { isObject } from '../../lib/isObject';
import { defineKey } from '../import/clusterFields';
import type { Notes } from './conversion';
import { asObject, asString, type Json } from './json';

/**
 * Node annotations v1 no longer honours: "`karpenter.sh/do-not-consolidate` (annotation),
 * `karpenter.sh/do-not-evict` (annotation) ... all have support removed" (v1 Migration); both
 * became `karpenter.sh/do-not-disrupt` in v1beta1 (v1beta1 Migration, "Annotations, Labels, and
 * Status Conditions").
 */
const RETIRED_NODE_ANNOTATIONS = ['karpenter.sh/do-not-consolidate', 'karpenter.sh/do-not-evict'];
const DO_NOT_DISRUPT = 'karpenter.sh/do-not-disrupt';

/** The annotations a template puts on nodes, with retired ones renamed to do-not-disrupt. */
export function nodeAnnotationsV1(
  annotations: Record<string, unknown> | undefined,
  notes: Notes,
): Json | undefined {
  if (annotations === undefined) return undefined;
  const out: Json = {};
  for (const [key, value] of Object.entries(annotations)) {
    if (!RETIRED_NODE_ANNOTATIONS.includes(key)) {
      defineKey(out, key, value);
      continue;
    }
    if (!Object.hasOwn(annotations, DO_NOT_DISRUPT)) defineKey(out, DO_NOT_DISRUPT, 'true');
    notes.change(`Node annotation ${key} became ${DO_NOT_DISRUPT}: v1 no longer supports ${key}.`);
  }
  return out;
}

/**
 * Requirement keys with no v1 meaning: `karpenter.k8s.aws/instance-pods` was dropped in v1beta1
 * and `karpenter.sh/provisioner-name` became `karpenter.sh/nodepool` (v1beta1 Migration,
 * "Karpenter Labels"), which Karpenter sets itself and a NodePool may not require.
 */
const RETIRED_REQUIREMENT_KEYS: Readonly<Record<string, string>> = {
  'karpenter.k8s.aws/instance-pods': 'the label was dropped in v1beta1',
  'karpenter.sh/provisioner-name':
    'its successor karpenter.sh/nodepool is set by Karpenter and may not be required',
};

export function requirementsV1(requirements: unknown, notes: Notes): unknown[] {
  if (!Array.isArray(requirements)) return [];
  return requirements.filter((requirement) => {
    const key = isObject(requirement) ? asString(requirement.key) : undefined;
    const why = key === undefined ? undefined : RETIRED_REQUIREMENT_KEYS[key];
    if (why === undefined) return true;
    notes.warn(
      `The requirement on ${key} was removed: ${why}. Check the pool still selects what you meant.`,
    );
    return false;
  });
}

/**
 * "API: All `NodeClassRef` fields are now all required, and apiVersion has been renamed to
 * group" (v1 Migration, Full Changelog). The group is the apiVersion's, as the conversion
 * webhook derives it (kubernetes-sigs/karpenter pkg/apis/v1/nodepool_conversion.go).
 */
export function nodeClassRefV1(ref: Json, notes: Notes): Json {
  const apiVersion = asString(ref.apiVersion);
  const group = apiVersion?.split('/')[0] || EC2NODECLASS_GROUP;
  const kind = asString(ref.kind) || EC2NODECLASS_KIND;
  const out: Json = { group, kind, name: asString(ref.name) ?? '' };
  for (const [key, value] of Object.entries(ref)) {
    if (!['apiVersion', 'kind', 'name', 'group'].includes(key)) defineKey(out, key, value);
  }
  notes.change(
    `nodeClassRef now names group ${group} and kind ${kind}${apiVersion ? ` instead of apiVersion ${apiVersion}` : ''}: v1 requires group, kind and name.`,
  );
  return out;
}

/**
 * Annotations the v1.0 conversion webhooks add to keep a round trip to v1beta1 possible, e.g.
 * `compatibility.karpenter.sh/v1beta1-kubelet-conversion`; the v1 Migration guide says to
 * remove it once kubelet lives on the EC2NodeClass, and v1.1 no longer reads it.
 */
export function withoutCompatibilityAnnotations(metadata: Json, notes: Notes): Json {
  const annotations = asObject(metadata.annotations);
  if (annotations === undefined) return metadata;
  const kept: Json = {};
  for (const [key, value] of Object.entries(annotations)) {
    if (/^compatibility\.karpenter\.(sh|k8s\.aws)\//.test(key)) {
      notes.change(`Annotation ${key} removed: it only served the v1beta1 to v1 conversion.`);
    } else {
      defineKey(kept, key, value);
    }
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (key !== 'annotations') defineKey(out, key, value);
    else if (Object.keys(kept).length > 0) defineKey(out, key, kept);
  }
  return out;
}

/** Seconds as a Karpenter duration: 2592000 -> `720h`, 90 -> `1m30s`, 0 -> `0s`. */
export function durationOf(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  const text = `${hours > 0 ? `${hours}h` : ''}${minutes > 0 ? `${minutes}m` : ''}${rest > 0 ? `${rest}s` : ''}`;
  return text === '' ? '0s' : text;
}

/**
 * "Expiration is now forceful and begins draining as soon as it's expired. Karpenter does not
 * wait for replacement capacity to be available before draining" (v1 Migration, Behavior
 * Changes). Said once per pool whose nodes expire at all.
 */
export function noteForcefulExpiry(expireAfter: unknown, notes: Notes): void {
  if (expireAfter === 'Never') return;
  notes.change(
    `Expiry is forceful in v1: a node that reaches expireAfter (${typeof expireAfter === 'string' ? expireAfter : '720h, the default'}) drains at once, without waiting for a replacement; spec.template.spec.terminationGracePeriod bounds the drain.`,
  );
}
