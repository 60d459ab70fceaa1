/**
 * The userData a MIG profile applied by the nodes themselves puts in each EC2NodeClass its pools
 * use. Apart from migSetup.ts, whose sample pod and ClusterPolicy are YAML text: the validation
 * rules read this on every edit and do without the YAML library.
 */
import { classesNamed, nodePools, poolsReferencingClass } from '../../design/resources';
import type { Design } from '../../design/types';
import type { MigProfileResource } from '../../mig/migProfile';
import { imageFamilyOf } from '../../karpenter/facts/amiFamilies';
import { nodeClassName } from '../../karpenter/edits/nodePoolEdits';
import { resolveLayout } from '../../mig/migLayout';
import {
  al2023MigUserData,
  bottlerocketMigUserData,
  type UserDataResult,
} from '../../mig/migUserData';

export interface ClassUserData {
  classId: string;
  className: string;
  family: string;
  result: UserDataResult;
  /** The class has no userData yet, so setting ours loses nothing. */
  empty: boolean;
  /** Pools of the class without this profile: their GPUs would be partitioned too. */
  sharedWith: string[];
}

export function classUserData(design: Design, profile: MigProfileResource): ClassUserData[] {
  const resolved = resolveLayout(profile);
  const devices = resolved.ok ? resolved.devices : null;
  const classNames = new Set(
    nodePools(design)
      .filter((p) => p.migProfileId === profile.id)
      .map((p) => nodeClassName(p.manifest)),
  );
  return [...classNames].sort().flatMap((name) =>
    classesNamed(design, name).map((c): ClassUserData => {
      const family = imageFamilyOf(c.manifest.spec);
      const result: UserDataResult = !resolved.ok
        ? { ok: false, reason: resolved.reason }
        : !devices
          ? { ok: false, reason: 'this layout turns MIG off: no userData is needed' }
          : family === 'Bottlerocket'
            ? bottlerocketMigUserData(resolved.gpu, devices)
            : family === 'AL2023'
              ? { ok: true, text: al2023MigUserData(resolved.gpu, devices) }
              : { ok: false, reason: `no MIG userData for ${family}: use AL2023 or Bottlerocket` };
      return {
        classId: c.id,
        className: name,
        family,
        result,
        empty: !c.manifest.spec.userData?.trim(),
        sharedWith: poolsReferencingClass(design, name)
          .filter((p) => p.migProfileId !== profile.id)
          .map((p) => p.manifest.metadata.name)
          .sort(),
      };
    }),
  );
}
