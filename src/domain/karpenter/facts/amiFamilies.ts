import type { AMI_FAMILIES, EC2NodeClassSpec } from '../model/types';

/**
 * The AMI families of the EC2NodeClass CRD (`spec.amiFamily` enum, v1.14) and the alias families
 * that imply them (`al2023@latest` -> AL2023).
 */
export type AmiFamily = (typeof AMI_FAMILIES)[number];

const FROM_ALIAS: Readonly<Record<string, AmiFamily>> = {
  al2: 'AL2',
  al2023: 'AL2023',
  bottlerocket: 'Bottlerocket',
  windows2019: 'Windows2019',
  windows2022: 'Windows2022',
  windows2025: 'Windows2025',
};

const WINDOWS: ReadonlySet<AmiFamily> = new Set(['Windows2019', 'Windows2022', 'Windows2025']);

export interface AliasTerm {
  /** Index in `spec.amiSelectorTerms`. */
  index: number;
  family: AmiFamily;
}

/** The first alias term; the CRD allows an alias only as the single term. */
export function aliasTerm(spec: EC2NodeClassSpec): AliasTerm | undefined {
  for (const [index, term] of spec.amiSelectorTerms.entries()) {
    const family = term.alias?.split('@')[0];
    if (family !== undefined && Object.hasOwn(FROM_ALIAS, family)) {
      return { index, family: FROM_ALIAS[family] as AmiFamily };
    }
  }
  return undefined;
}

/**
 * The family Karpenter generates user data and labels for: `spec.amiFamily` when set, else the
 * alias's, else Custom (aws/karpenter-provider-aws, pkg/apis/v1/ec2nodeclass.go, `AMIFamily()`).
 */
export function amiFamilyOf(spec: EC2NodeClassSpec): AmiFamily {
  if (spec.amiFamily !== undefined) return spec.amiFamily as AmiFamily;
  return aliasTerm(spec)?.family ?? 'Custom';
}

/**
 * The family of the image the nodes boot: the alias's when there is one (`amiFamily: Custom`
 * beside an alias only changes who writes the user data), else `spec.amiFamily`.
 */
export function imageFamilyOf(spec: EC2NodeClassSpec): AmiFamily {
  return aliasTerm(spec)?.family ?? amiFamilyOf(spec);
}

export function isWindowsFamily(family: AmiFamily): boolean {
  return WINDOWS.has(family);
}
