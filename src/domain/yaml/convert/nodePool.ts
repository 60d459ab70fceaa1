/**
 * `karpenter.sh/v1beta1` NodePool -> `karpenter.sh/v1` NodePool, following the karpenter.sh
 * "v1 Migration" guide (aws/karpenter-provider-aws website/content/en/v1.0/upgrading/
 * v1-migration.md) and the v1.0 conversion webhook it describes (kubernetes-sigs/karpenter
 * pkg/apis/v1/nodepool_conversion.go, `ConvertFrom`).
 */
import { NODEPOOL_API_VERSION } from '../../karpenter/model/types';
import { MANIFEST_KEY_ORDER, Notes, type Conversion } from './conversion';
import { asObject, asString, clone, withKey, withKeysFirst, without, type Json } from './json';
import { apiLabel } from './olderApis';
import { movePoolKubelet } from './poolKubelet';
import {
  nodeAnnotationsV1,
  nodeClassRefV1,
  noteForcefulExpiry,
  requirementsV1,
  withoutCompatibilityAnnotations,
} from './poolRules';

export function convertNodePool(pool: Json, others: Json[]): Conversion {
  const notes = new Notes();
  const spec = asObject(pool.spec) ?? {};
  const template = asObject(spec.template) ?? {};
  const templateSpec = asObject(template.spec) ?? {};
  const ref = asObject(templateSpec.nodeClassRef) ?? {};
  const className = asString(ref.name) ?? '';

  let newTemplateSpec = without(templateSpec, 'kubelet', 'resources');
  newTemplateSpec = withKey(newTemplateSpec, 'nodeClassRef', nodeClassRefV1(ref, notes));
  const extra = movePoolKubelet(pool, className, others, notes);
  if (templateSpec.requirements !== undefined) {
    newTemplateSpec = withKey(
      newTemplateSpec,
      'requirements',
      requirementsV1(templateSpec.requirements, notes),
    );
  }
  const { disruption, expireAfter } = disruptionV1(asObject(spec.disruption), notes);
  if (expireAfter !== undefined) {
    newTemplateSpec = withKey(newTemplateSpec, 'expireAfter', expireAfter);
    notes.change('expireAfter moved from spec.disruption to spec.template.spec.');
  }
  noteForcefulExpiry(expireAfter, notes);
  if (templateSpec.resources !== undefined) {
    // The v1 CRD's template spec has no resources: "users are not able to set resource requests
    // in the NodePool" (karpenter.sh_nodepools.yaml, v1).
    notes.change('spec.template.spec.resources removed: v1 NodePools take no resource requests.');
  }

  let newTemplate = withKey(clone(template), 'spec', newTemplateSpec);
  const templateMetadata = asObject(template.metadata);
  const annotations = nodeAnnotationsV1(asObject(templateMetadata?.annotations), notes);
  if (templateMetadata !== undefined && annotations !== undefined) {
    newTemplate = withKey(
      newTemplate,
      'metadata',
      withKey(templateMetadata, 'annotations', annotations),
    );
  }

  let newSpec = withKey(clone(spec), 'template', newTemplate);
  newSpec = withKey(newSpec, 'disruption', disruption, ['template']);

  const metadata = withoutCompatibilityAnnotations(clone(asObject(pool.metadata) ?? {}), notes);
  const converted = withKeysFirst(
    { ...clone(pool), apiVersion: NODEPOOL_API_VERSION, metadata, spec: newSpec },
    MANIFEST_KEY_ORDER,
  );
  return {
    from: apiLabel(pool),
    converted: [converted, ...extra],
    changes: notes.changes,
    warnings: notes.warnings,
  };
}

/**
 * The v1 disruption block and the expireAfter that leaves it. v1beta1 defaulted a missing
 * disruption to `{consolidationPolicy: WhenUnderutilized, expireAfter: 720h}` (v1beta1 Migration,
 * "Defaults"); v1 renamed the policy and requires consolidateAfter: "Users couldn't set this
 * before with ConsolidationPolicy: WhenUnderutilized, where this is now required. Users can set
 * it to 0 to have the same behavior as in v1beta1" (v1 Migration, Full Changelog), which is what
 * the conversion webhook writes.
 */
function disruptionV1(
  disruption: Json | undefined,
  notes: Notes,
): { disruption: Json; expireAfter: unknown } {
  const expireAfter = disruption?.expireAfter;
  let out = without(clone(disruption ?? {}), 'expireAfter');
  const policy = asString(out.consolidationPolicy);
  if (policy === undefined || policy === 'WhenUnderutilized') {
    out = withKey(out, 'consolidationPolicy', 'WhenEmptyOrUnderutilized');
    notes.change(
      policy === undefined
        ? 'consolidationPolicy set to WhenEmptyOrUnderutilized, the v1 name of the v1beta1 default WhenUnderutilized.'
        : 'consolidationPolicy WhenUnderutilized is called WhenEmptyOrUnderutilized in v1.',
    );
    if (out.consolidateAfter === undefined) {
      out = withKey(out, 'consolidateAfter', '0s', ['consolidationPolicy']);
      notes.change(
        'consolidateAfter is now required: set to 0s to keep the v1beta1 behaviour of WhenUnderutilized.',
      );
    }
  } else if (out.consolidateAfter === undefined) {
    out = withKey(out, 'consolidateAfter', '0s', ['consolidationPolicy']);
    notes.warn(
      `consolidateAfter was missing (v1beta1 required it with ${policy}) and is now required; set to 0s, check it.`,
    );
  }
  return { disruption: out, expireAfter };
}
