/**
 * The catalog's types as a class's AMI family labels them. The catalog is read from Karpenter's
 * AL2023 reference, so every type says `kubernetes.io/os: linux`; under a Windows AMI family
 * Karpenter labels the amd64 types `windows` instead, and an arm64 type finds no Windows AMI
 * (EKS publishes Windows AMIs for x86 only: https://docs.aws.amazon.com/eks/latest/eksctl/arm-support.html;
 * aws pkg/providers/instancetype/types.go :: computeRequirements, `getOS`).
 */
import { isWindowsFamily, type AmiFamily } from '../facts/amiFamilies';
import { bootsOn } from './classBoots';
import type { InstanceCatalog, InstanceType } from './instanceType';

export type NodeOs = 'linux' | 'windows';

const OS = 'kubernetes.io/os';

const windowsTypes = new WeakMap<InstanceCatalog, readonly InstanceType[]>();
const anyOsTypes = new WeakMap<InstanceCatalog, readonly InstanceType[]>();

function onWindows(catalog: InstanceCatalog): readonly InstanceType[] {
  let types = windowsTypes.get(catalog);
  if (!types) {
    types = catalog.types
      .filter((type) => bootsOn(type, 'Windows2022'))
      .map((type) => ({ ...type, labels: { ...type.labels, [OS]: 'windows' } }));
    windowsTypes.set(catalog, types);
  }
  return types;
}

const bootable = new WeakMap<InstanceCatalog, Map<AmiFamily, readonly InstanceType[]>>();

/** The types a class of this AMI family can boot, labelled for its OS; the same list each call. */
export function typesForFamily(
  catalog: InstanceCatalog,
  family: AmiFamily,
): readonly InstanceType[] {
  if (isWindowsFamily(family)) return onWindows(catalog);
  let byFamily = bootable.get(catalog);
  if (!byFamily) bootable.set(catalog, (byFamily = new Map<AmiFamily, readonly InstanceType[]>()));
  let types = byFamily.get(family);
  if (!types) {
    types = catalog.types.filter((type) => bootsOn(type, family));
    byFamily.set(family, types);
  }
  return types;
}

/** The types a class of this OS can launch, labelled as Karpenter labels them; the same list each call. */
export function typesOnOs(catalog: InstanceCatalog, os: NodeOs): readonly InstanceType[] {
  return os === 'linux' ? catalog.types : onWindows(catalog);
}

/**
 * Linux and Windows together: what a pool's own requirements can meet whatever its class, for
 * the rules that judge a pool apart from its class (the class's OS has a rule of its own).
 */
export function typesOnAnyOs(catalog: InstanceCatalog): readonly InstanceType[] {
  let types = anyOsTypes.get(catalog);
  if (!types) {
    types = [...catalog.types, ...onWindows(catalog)];
    anyOsTypes.set(catalog, types);
  }
  return types;
}
