/**
 * `amiFamily` and `amiSelectorTerms` in v1: "AMISelectorTerms are required. Setting an Alias
 * cannot be done with any other type of term, and must match the AMI Family that's set or be
 * Custom", and `amiFamily` may be left out beside an alias (v1 Migration, "amiSelectorTerms and
 * amiFamily" and Full Changelog). The rules are the v1.0 conversion webhook's
 * (aws/karpenter-provider-aws pkg/apis/v1/ec2nodeclass_conversion.go, `ConvertFrom`).
 */
import type { Notes } from './conversion';
import type { Json } from './json';

/** The families with an EKS-optimised AMI alias (the v1 CRD's alias family list). */
const ALIAS_FAMILIES = [
  'AL2',
  'AL2023',
  'Bottlerocket',
  'Windows2019',
  'Windows2022',
  'Windows2025',
];
const FAMILIES_V1 = [...ALIAS_FAMILIES, 'Custom'];

/**
 * What the v1.0 webhook gives an Ubuntu class without block device mappings: Ubuntu's own
 * default root volume, which AL2's default (/dev/xvda) would not match.
 */
const UBUNTU_ROOT_VOLUME: Json = {
  deviceName: '/dev/sda1',
  rootVolume: true,
  ebs: { encrypted: true, volumeType: 'gp3', volumeSize: '20Gi' },
};

export interface AmiSelection {
  /** Left out when an alias implies it. */
  amiFamily?: string;
  amiSelectorTerms: Json[];
  /** Set only when the selection adds them (Ubuntu). */
  blockDeviceMappings?: Json[];
}

export interface AmiInput {
  amiFamily: string | undefined;
  amiSelectorTerms: Json[];
  hasBlockDeviceMappings: boolean;
  /** An alias version to use instead of `latest` (the webhook's alias-version annotation). */
  aliasVersion?: string;
}

export function amiSelectionV1(input: AmiInput, notes: Notes): AmiSelection {
  const { amiFamily, amiSelectorTerms: terms } = input;
  if (amiFamily !== undefined && ALIAS_FAMILIES.includes(amiFamily)) {
    if (terms.length > 0) return { amiFamily, amiSelectorTerms: terms };
    const windows = amiFamily.startsWith('Windows');
    // The CRD allows windows aliases only at `latest`.
    const version = windows ? 'latest' : (input.aliasVersion ?? 'latest');
    const alias = `${amiFamily.toLowerCase()}@${version}`;
    notes.change(
      `amiFamily ${amiFamily} without amiSelectorTerms became amiSelectorTerms [{alias: ${alias}}]: v1 requires amiSelectorTerms, and the alias implies the family.${version === 'latest' && !windows ? ' Pin a release instead of latest (as in al2023@v20240625 or bottlerocket@v1.10.0) so a new AMI does not replace every node.' : ''}`,
    );
    return { amiSelectorTerms: [{ alias }] };
  }
  if (amiFamily === 'Ubuntu') return ubuntuSelection(input, notes);
  if (amiFamily === undefined) {
    notes.warn(
      "amiFamily was missing; treated as Custom, as Karpenter's own conversion does. Set the family the AMIs belong to.",
    );
  } else if (!FAMILIES_V1.includes(amiFamily)) {
    notes.warn(
      `amiFamily ${amiFamily} is not a v1 AMI family; choose one of ${FAMILIES_V1.join(', ')}.`,
    );
    return { amiFamily, amiSelectorTerms: terms };
  }
  if (terms.length === 0) {
    notes.warn('amiFamily Custom needs amiSelectorTerms naming the AMIs; add them.');
  }
  notes.warn(
    'amiFamily Custom: v1 expects your userData to register nodes with the taint karpenter.sh/unregistered:NoExecute (Karpenter removes it); add it to the userData.',
  );
  return { amiFamily: 'Custom', amiSelectorTerms: terms };
}

/**
 * "Ubuntu AMIFamily Removed ... UserData generation can be achieved using the AL2 AMIFamily
 * which has an identical UserData format. However, compatibility is not guaranteed long-term"
 * (v1 Migration). Without terms there is no AMI to select: the webhook writes the placeholder
 * `ami-placeholder` and marks the class incompatible; so does this, with a warning.
 */
function ubuntuSelection(input: AmiInput, notes: Notes): AmiSelection {
  const out: AmiSelection = { amiFamily: 'AL2', amiSelectorTerms: input.amiSelectorTerms };
  notes.change(
    'amiFamily Ubuntu became AL2: v1 dropped Ubuntu, and AL2 generates user data in the same format.',
  );
  notes.warn(
    'Ubuntu nodes now boot with AL2-generated user data; compatibility is not guaranteed long-term. Consider amiFamily Custom with your own userData.',
  );
  if (!input.hasBlockDeviceMappings) {
    out.blockDeviceMappings = [structuredClone(UBUNTU_ROOT_VOLUME)];
    notes.change(
      "blockDeviceMappings set to Ubuntu's default root volume (/dev/sda1, 20Gi gp3, encrypted), which AL2's default would not match.",
    );
  }
  if (input.amiSelectorTerms.length === 0) {
    out.amiSelectorTerms = [{ id: 'ami-placeholder' }];
    notes.warn(
      'v1 cannot pick Ubuntu AMIs by itself: replace the placeholder amiSelectorTerms id ami-placeholder with your Ubuntu AMI (by id, name or tags).',
    );
  }
  return out;
}
