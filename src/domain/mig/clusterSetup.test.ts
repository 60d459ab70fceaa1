import { describe, expect, it } from 'vitest';
import { clusterPolicyPatch } from './clusterPolicy';
import { samplePod } from './samplePod';

describe('what the cluster needs besides the pools', () => {
  it('a ClusterPolicy patch: strategy, our ConfigMap, reboot for A100, tolerations for the taints', () => {
    expect(clusterPolicyPatch({ strategy: 'mixed', customConfig: true, reboot: true })).toEqual({
      spec: {
        mig: { strategy: 'mixed' },
        migManager: {
          config: { name: 'custom-mig-config', default: 'all-disabled' },
          env: [{ name: 'WITH_REBOOT', value: 'true' }],
        },
        daemonsets: {
          tolerations: [
            { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
            { key: 'nvidia.com/mig.config', operator: 'Exists', effect: 'NoSchedule' },
          ],
        },
      },
    });
    expect(clusterPolicyPatch({ strategy: 'single', customConfig: false, reboot: false })).toEqual({
      spec: {
        mig: { strategy: 'single' },
        daemonsets: expect.any(Object) as unknown,
      },
    });
  });

  it('a sample pod selects the layout label, tolerates its taint and asks for one device', () => {
    const pod = samplePod('all-balanced', '3g.40gb', 'mixed', true) as {
      spec: Record<string, unknown> & { containers: { resources: object }[] };
    };
    expect(pod.spec['nodeSelector']).toEqual({ 'nvidia.com/mig.config': 'all-balanced' });
    expect(pod.spec['tolerations']).toEqual([
      {
        key: 'nvidia.com/mig.config',
        operator: 'Equal',
        value: 'all-balanced',
        effect: 'NoSchedule',
      },
    ]);
    expect(pod.spec.containers[0]?.resources).toEqual({
      requests: { cpu: '1', memory: '4Gi' },
      limits: { memory: '4Gi', 'nvidia.com/mig-3g.40gb': 1 },
    });
    const single = samplePod('all-1g.10gb', '1g.10gb', 'single', false) as {
      spec: Record<string, unknown> & { containers: { resources: { limits: object } }[] };
    };
    expect(single.spec['tolerations']).toBeUndefined();
    expect(single.spec.containers[0]?.resources.limits).toEqual({
      memory: '4Gi',
      'nvidia.com/gpu': 1,
    });
  });
});
