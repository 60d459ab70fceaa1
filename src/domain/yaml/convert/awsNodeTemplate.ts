/**
 * `karpenter.k8s.aws/v1alpha1` AWSNodeTemplate (and a Provisioner's inline `spec.provider`, which
 * has the same fields) -> `karpenter.k8s.aws/v1` EC2NodeClass, following the karpenter.sh
 * "v1beta1 Migration" guide, "AWSNodeTemplate -> EC2NodeClass" (aws/karpenter-provider-aws
 * website/content/en/v1.0/upgrading/v1beta1-migration.md), then the v1 rules of ec2NodeClass.ts.
 * The v1alpha1 fields are those of pkg/apis/v1alpha1/awsnodetemplate.go and provider.go.
 */
import { DEFAULT_CLUSTER_NAME, DISCOVERY_TAG_KEY } from '../../karpenter/model/defaults';
import { EC2NODECLASS_API_VERSION, EC2NODECLASS_KIND } from '../../karpenter/model/types';
import { isObject } from '../../lib/isObject';
import { amiSelectionV1 } from './amiSelection';
import { withPlannedKubelet } from './classKubelet';
import { metadataOptionsV1, tagsV1 } from './classRules';
import { MANIFEST_KEY_ORDER, Notes, type Conversion } from './conversion';
import { asObject, asString, asStringMap, clone, objectOf, withKeysFirst, type Json } from './json';
import { planKubelet } from './kubeletMove';
import { apiLabel, nameOf } from './olderApis';
import { amiTerms, idOrTagTerms } from './selectorTerms';

/** The v1alpha1 fields this conversion places; anything else has no v1 home. */
const KNOWN_FIELDS = [
  'apiVersion',
  'kind',
  'amiFamily',
  'amiSelector',
  'associatePublicIpAddress',
  'blockDeviceMappings',
  'context',
  'detailedMonitoring',
  'instanceProfile',
  'launchTemplate',
  'metadataOptions',
  'securityGroupSelector',
  'subnetSelector',
  'tags',
  'userData',
];

/** The v1 EC2NodeClass spec for a v1alpha1 AWSNodeTemplate spec or Provisioner provider. */
export function nodeClassSpecFromV1alpha1(spec: Json, notes: Notes): Json {
  const subnetSelector = asStringMap(spec.subnetSelector);
  const securityGroupSelector = asStringMap(spec.securityGroupSelector);

  // "If you were previously not specifying the AMIFamily field, having Karpenter default the
  // AMIFamily to AL2, you will now have to specify AL2 explicitly" (v1beta1 Migration).
  let amiFamily = asString(spec.amiFamily);
  if (amiFamily === undefined) {
    amiFamily = 'AL2';
    notes.change('amiFamily was unset, which meant AL2; now explicit.');
  }
  const selection = amiSelectionV1(
    {
      amiFamily,
      amiSelectorTerms: amiTerms(asStringMap(spec.amiSelector), notes),
      hasBlockDeviceMappings: Array.isArray(spec.blockDeviceMappings),
    },
    notes,
  );

  if (spec.launchTemplate !== undefined) {
    // "The `spec.launchTemplateName` field for referencing unmanaged launch templates within
    // Karpenter has been removed" (v1beta1 Migration, "LaunchTemplateName").
    notes.warn(
      `launchTemplate "${asString(spec.launchTemplate) ?? ''}" is not supported since v1beta1 and was dropped; carry its settings (AMI, user data, security groups, block devices) into this EC2NodeClass.`,
    );
  }
  if (spec.associatePublicIpAddress !== undefined) {
    notes.change('associatePublicIpAddress is spelled associatePublicIPAddress in v1.');
  }
  for (const key of Object.keys(spec)) {
    if (!KNOWN_FIELDS.includes(key)) {
      notes.warn(`spec.${key} has no v1 equivalent and was dropped.`);
    }
  }

  return objectOf([
    ...identity(
      spec,
      subnetSelector?.[DISCOVERY_TAG_KEY] ?? securityGroupSelector?.[DISCOVERY_TAG_KEY],
      notes,
    ),
    ['amiFamily', selection.amiFamily],
    ['amiSelectorTerms', selection.amiSelectorTerms],
    [
      'subnetSelectorTerms',
      idOrTagTerms(subnetSelector, 'subnetSelector', 'subnetSelectorTerms', notes),
    ],
    [
      'securityGroupSelectorTerms',
      idOrTagTerms(
        securityGroupSelector,
        'securityGroupSelector',
        'securityGroupSelectorTerms',
        notes,
      ),
    ],
    [
      'blockDeviceMappings',
      selection.blockDeviceMappings ?? blockDeviceMappingsV1(spec.blockDeviceMappings, notes),
    ],
    ['metadataOptions', metadataOptionsV1(asObject(spec.metadataOptions), false, notes)],
    ['userData', spec.userData],
    ['tags', tagsV1(asObject(spec.tags), notes)],
    ['detailedMonitoring', spec.detailedMonitoring],
    ['associatePublicIPAddress', spec.associatePublicIpAddress],
    ['context', spec.context],
  ]);
}

/**
 * v1 needs exactly one of role and instanceProfile (the CRD's "must specify exactly one of
 * ['role', 'instanceProfile']"). A template without instanceProfile used the global
 * `aws.defaultInstanceProfile` setting, which v1beta1 removed; the guide's step 7 names the node
 * role `KarpenterNodeRole-${CLUSTER_NAME}` (v1beta1 Migration, "InstanceProfile").
 */
function identity(spec: Json, discovered: string | undefined, notes: Notes): [string, unknown][] {
  const instanceProfile = asString(spec.instanceProfile);
  if (instanceProfile !== undefined) return [['instanceProfile', instanceProfile]];
  const cluster = discovered !== undefined && discovered !== '' ? discovered : DEFAULT_CLUSTER_NAME;
  const role = `KarpenterNodeRole-${cluster}`;
  notes.warn(
    `No instanceProfile: the template relied on the global defaultInstanceProfile setting, which is gone. role set to ${role}, the Getting Started name; check it is your node role (or set instanceProfile instead).`,
  );
  return [['role', role]];
}

/** The v1 volume size pattern (CRD `blockDeviceMappings[].ebs.volumeSize`). */
const VOLUME_SIZE = /^\d+(Gi|G|Ti|T)$/;

function blockDeviceMappingsV1(mappings: unknown, notes: Notes): Json[] | undefined {
  if (!Array.isArray(mappings)) return undefined;
  const out: Json[] = [];
  for (const mapping of mappings.filter(isObject)) {
    if (mapping.virtualName !== undefined) {
      notes.warn(
        `blockDeviceMappings ${asString(mapping.deviceName) ?? ''} (instance store ${asString(mapping.virtualName) ?? ''}) was dropped: v1 maps EBS volumes only; instanceStorePolicy: RAID0 uses instance stores.`,
      );
      continue;
    }
    const size = asObject(mapping.ebs)?.volumeSize;
    if (size !== undefined && !VOLUME_SIZE.test(JSON.stringify(size).replaceAll('"', ''))) {
      notes.warn(
        `blockDeviceMappings volumeSize ${JSON.stringify(size)}: v1 takes sizes in Gi, G, Ti or T; fix it.`,
      );
    }
    out.push(clone(mapping));
  }
  return out;
}

export function convertAWSNodeTemplate(template: Json, others: Json[]): Conversion {
  const notes = new Notes();
  const name = nameOf(template);
  notes.change('AWSNodeTemplate is called EC2NodeClass since v1beta1.');
  let spec = nodeClassSpecFromV1alpha1(asObject(template.spec) ?? {}, notes);
  spec = withPlannedKubelet(spec, name, planKubelet(template, [template, ...others]), notes);
  const converted = withKeysFirst(
    {
      ...clone(template),
      apiVersion: EC2NODECLASS_API_VERSION,
      kind: EC2NODECLASS_KIND,
      spec,
    },
    MANIFEST_KEY_ORDER,
  );
  return {
    from: apiLabel(template),
    converted: [converted],
    changes: notes.changes,
    warnings: notes.warnings,
  };
}
