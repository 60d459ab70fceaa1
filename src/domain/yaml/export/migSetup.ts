/**
 * What a MIG profile asks of the cluster beyond the exported documents, as text to paste: a
 * sample pod for its pools, the GPU Operator's ClusterPolicy patch, or, when the nodes partition
 * themselves, the userData of each EC2NodeClass its pools use.
 */
import type { Design } from '../../design/types';
import type { MigProfileResource } from '../../mig/migProfile';
import { clusterPolicyPatch } from '../../mig/clusterPolicy';
import { resolveLayout } from '../../mig/migLayout';
import { sortedEntries } from '../../mig/placement';
import { samplePod } from '../../mig/samplePod';
import { stringifyYaml } from '../parse/blankStrings';
import { classUserData, type ClassUserData } from './migClassUserData';
import { migUses } from './migUses';

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
  return {
    ...(largest
      ? { samplePod: yaml(samplePod(profile.config, largest, profile.strategy, profile.taint)) }
      : {}),
    clusterPolicy,
    userData: classUserData(design, profile),
  };
}
