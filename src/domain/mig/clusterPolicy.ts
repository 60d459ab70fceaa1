/**
 * The GPU Operator settings a design's MIG profiles need, as a merge patch for the ClusterPolicy
 * (`kubectl patch clusterpolicies.nvidia.com/cluster-policy --type merge`). The strategy is one
 * per cluster; the MIG manager must read our ConfigMap when a layout is custom; A100s need
 * WITH_REBOOT on EC2; the operator's DaemonSets must tolerate the layout taint or the MIG
 * manager and device plugin never land on the nodes they are for (NOTES.md 3.4, 6.3, 6.7).
 */
import type { MigStrategy } from './migProfile';
import { MIG_CONFIG_LABEL } from './migConfigs';
import { MIG_PARTED_CONFIG_MAP } from './migPartedConfig';
import { WHOLE_GPU_RESOURCE } from './capacity';

export interface ClusterPolicyNeeds {
  strategy: MigStrategy;
  customConfig: boolean;
  reboot: boolean;
}

export const CLUSTER_POLICY_PATCH_COMMAND =
  'kubectl patch clusterpolicies.nvidia.com/cluster-policy --type merge --patch-file mig-patch.yaml';

export function clusterPolicyPatch(needs: ClusterPolicyNeeds): object {
  const toleration = (key: string) => ({ key, operator: 'Exists', effect: 'NoSchedule' });
  const migManager = {
    ...(needs.customConfig
      ? { config: { name: MIG_PARTED_CONFIG_MAP, default: 'all-disabled' } }
      : {}),
    ...(needs.reboot ? { env: [{ name: 'WITH_REBOOT', value: 'true' }] } : {}),
  };
  return {
    spec: {
      mig: { strategy: needs.strategy },
      ...(Object.keys(migManager).length > 0 ? { migManager } : {}),
      daemonsets: {
        tolerations: [toleration(WHOLE_GPU_RESOURCE), toleration(MIG_CONFIG_LABEL)],
      },
    },
  };
}
