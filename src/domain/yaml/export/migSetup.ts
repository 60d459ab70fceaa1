/**
 * What a MIG profile asks of the cluster beyond the exported documents, as text to paste: a
 * sample pod for its pools, the GPU Operator's ClusterPolicy patch, or, when the nodes partition
 * themselves, the userData of each EC2NodeClass its pools use.
 */
import { classesNamed, nodePools, poolsReferencingClass } from '../../design/resources';
import type { Design } from '../../design/types';
import type { MigProfileResource } from '../../mig/migProfile';
import { imageFamilyOf } from '../../karpenter/facts/amiFamilies';
import { nodeClassName } from '../../karpenter/edits/nodePoolEdits';
import { clusterPolicyPatch } from '../../mig/clusterPolicy';
import { resolveLayout } from '../../mig/migLayout';
import {
  al2023MigUserData,
  bottlerocketMigUserData,
  type UserDataResult,
} from '../../mig/migUserData';
import { sortedEntries } from '../../mig/placement';
import { samplePod } from '../../mig/samplePod';
import { stringifyYaml } from '../parse/blankStrings';
import { migUses } from './migExports';

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

export interface MigSetup {
  samplePod?: string;
  clusterPolicy: string;
  userData: ClassUserData[];
}

const yaml = (value: unknown) => stringifyYaml(value, { lineWidth: 0 });

export function migSetup(design: Design, profile: MigProfileResource): MigSetup {
  const resolved = resolveLayout(profile);
  const devices = resolved.ok ? resolved.devices : null;
  const largest = resolved.ok && devices ? sortedEntries(resolved.gpu, devices)[0]?.[0] : undefined;
  const uses = migUses(design);
  // The ClusterPolicy is one per cluster: it serves this profile and every operated one.
  const served = [
    profile,
    ...uses.filter((u) => u.profile.applyWith === 'gpu-operator').map((u) => u.profile),
  ];
  const clusterPolicy = yaml(
    clusterPolicyPatch({
      strategy: served.some((p) => p.strategy === 'mixed') ? 'mixed' : 'single',
      customConfig: served.some((p) => p.devices),
      reboot: served.some((p) => p.gpu.startsWith('a100')),
    }),
  );
  const classNames = new Set(
    nodePools(design)
      .filter((p) => p.migProfileId === profile.id)
      .map((p) => nodeClassName(p.manifest)),
  );
  const userData = [...classNames].sort().flatMap((name) =>
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
  return {
    ...(largest
      ? { samplePod: yaml(samplePod(profile.config, largest, profile.strategy, profile.taint)) }
      : {}),
    clusterPolicy,
    userData,
  };
}
