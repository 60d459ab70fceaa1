/**
 * `karpenter.k8s.aws/v1beta1` EC2NodeClass -> `karpenter.k8s.aws/v1` EC2NodeClass, following the
 * karpenter.sh "v1 Migration" guide (aws/karpenter-provider-aws website/content/en/v1.0/
 * upgrading/v1-migration.md) and the v1.0 conversion webhook (pkg/apis/v1/
 * ec2nodeclass_conversion.go, `ConvertFrom`). role, instanceProfile, selectors, block devices,
 * tags, userData and the rest carry over as they are.
 */
import { EC2NODECLASS_API_VERSION } from '../../karpenter/model/types';
import { isObject } from '../../lib/isObject';
import { amiSelectionV1 } from './amiSelection';
import { withPlannedKubelet } from './classKubelet';
import { hasOneIdentity, metadataOptionsV1, tagsV1 } from './classRules';
import { MANIFEST_KEY_ORDER, Notes, type Conversion } from './conversion';
import { asObject, asString, clone, withKey, withKeysFirst, without, type Json } from './json';
import { planKubelet } from './kubeletMove';
import { apiLabel, nameOf } from './olderApis';
import { withoutCompatibilityAnnotations } from './poolRules';

/** Where the webhook keeps a pinned alias version for a round trip to v1beta1. */
const ALIAS_VERSION_ANNOTATION = 'compatibility.karpenter.k8s.aws/v1beta1-alias-version';

export function convertEC2NodeClass(nodeClass: Json, others: Json[]): Conversion {
  const notes = new Notes();
  const name = nameOf(nodeClass);
  const spec = clone(asObject(nodeClass.spec) ?? {});
  const metadata = asObject(nodeClass.metadata) ?? {};
  const aliasVersion = asString(asObject(metadata.annotations)?.[ALIAS_VERSION_ANNOTATION]);

  const terms = Array.isArray(spec.amiSelectorTerms) ? spec.amiSelectorTerms.filter(isObject) : [];
  const selection = amiSelectionV1(
    {
      amiFamily: asString(spec.amiFamily),
      amiSelectorTerms: terms,
      hasBlockDeviceMappings: Array.isArray(spec.blockDeviceMappings),
      ...(aliasVersion === undefined ? {} : { aliasVersion }),
    },
    notes,
  );
  // The terms take the place of an amiFamily the alias replaces.
  let newSpec = withKey(spec, 'amiSelectorTerms', selection.amiSelectorTerms, ['amiFamily']);
  newSpec =
    selection.amiFamily === undefined
      ? without(newSpec, 'amiFamily')
      : withKey(newSpec, 'amiFamily', selection.amiFamily);
  if (selection.blockDeviceMappings !== undefined) {
    newSpec = withKey(newSpec, 'blockDeviceMappings', selection.blockDeviceMappings);
  }

  const metadataOptions = metadataOptionsV1(asObject(spec.metadataOptions), true, notes);
  if (metadataOptions !== undefined) newSpec = withKey(newSpec, 'metadataOptions', metadataOptions);
  const tags = tagsV1(asObject(spec.tags), notes);
  if (tags !== undefined) newSpec = withKey(newSpec, 'tags', tags);

  if (spec.amiFamily === 'AL2023' && spec.userData !== undefined) {
    notes.warn(
      "Check userData: with AL2023, Karpenter's generated NodeConfig now takes precedence over values set in userData; set what Karpenter manages (kubelet settings) through spec.kubelet.",
    );
  }
  if (!hasOneIdentity(newSpec)) {
    notes.warn('v1 needs exactly one of role and instanceProfile; set one.');
  }

  newSpec = withPlannedKubelet(
    newSpec,
    name,
    planKubelet(nodeClass, [nodeClass, ...others]),
    notes,
  );

  const converted = withKeysFirst(
    {
      ...clone(nodeClass),
      apiVersion: EC2NODECLASS_API_VERSION,
      metadata: withoutCompatibilityAnnotations(clone(metadata), notes),
      spec: newSpec,
    },
    MANIFEST_KEY_ORDER,
  );
  return {
    from: apiLabel(nodeClass),
    converted: [converted],
    changes: notes.changes,
    warnings: notes.warnings,
  };
}
