import type { InstanceType } from '../../karpenter/catalog/instanceType';
import type { AmiFamily } from '../../karpenter/facts/amiFamilies';
import { bootsOn } from '../../karpenter/catalog/classBoots';
import {
  requirementsOfType,
  typesAdmitted,
} from '../../karpenter/requirements/instanceTypeRequirements';
import {
  hasIntersection,
  isNegative,
  requirementIn,
  type Requirement,
} from '../../karpenter/requirements/requirement';
import type { Requirements } from '../../karpenter/requirements/requirements';

const OS = 'kubernetes.io/os';
const WINDOWS_BUILD = 'node.kubernetes.io/windows-build';

/**
 * `node.kubernetes.io/windows-build` per Windows family (aws pkg/apis/v1 labels.go ::
 * Windows2019Build, Windows2022Build, Windows2025Build).
 */
const WINDOWS_BUILDS: Partial<Record<AmiFamily, string>> = {
  Windows2019: '10.0.17763',
  Windows2022: '10.0.20348',
  Windows2025: '10.0.26100',
};

const byBuild = new Map<string, WeakMap<InstanceType, Requirements>>();

/**
 * The type's requirements under a Windows class: aws types.go :: getOS gives amd64 types
 * `kubernetes.io/os In [windows]` and arm64 types no OS at all (`In []`), and computeRequirements
 * adds the family's `windows-build`. The catalog is AL2023's, so every other key is unchanged.
 */
function windowsRequirements(type: InstanceType, build: string): Requirements {
  let cache = byBuild.get(build);
  if (!cache) byBuild.set(build, (cache = new WeakMap()));
  let found = cache.get(type);
  if (!found) {
    const next = new Map(requirementsOfType(type));
    next.set(OS, requirementIn(OS, type.arch === 'amd64' ? ['windows'] : []));
    next.set(WINDOWS_BUILD, requirementIn(WINDOWS_BUILD, [build]));
    cache.set(type, (found = next));
  }
  return found;
}

/** The requirements a type carries under a class of this AMI family. */
export function classTypeRequirements(type: InstanceType, family: AmiFamily): Requirements {
  const build = WINDOWS_BUILDS[family];
  return build === undefined ? requirementsOfType(type) : windowsRequirements(type, build);
}

function intersects(theirs: Requirement | undefined, ours: Requirement | undefined): boolean {
  if (!theirs || !ours) return true;
  return hasIntersection(theirs, ours) || (isNegative(theirs) && isNegative(ours));
}

/**
 * `typesAdmitted` under a class of this AMI family: for Windows, the two keys the family changes
 * are judged on the Windows requirements, the rest on the catalog's.
 */
export function classTypesAdmitted(
  requirements: Requirements,
  types: readonly InstanceType[],
  family: AmiFamily,
): InstanceType[] {
  const build = WINDOWS_BUILDS[family];
  if (build === undefined) {
    return typesAdmitted(requirements, types).filter((type) => bootsOn(type, family));
  }
  const rest = new Map(requirements);
  rest.delete(OS);
  rest.delete(WINDOWS_BUILD);
  return typesAdmitted(rest, types).filter((type) => {
    if (!bootsOn(type, family)) return false;
    const own = windowsRequirements(type, build);
    return (
      intersects(own.get(OS), requirements.get(OS)) &&
      intersects(own.get(WINDOWS_BUILD), requirements.get(WINDOWS_BUILD))
    );
  });
}
