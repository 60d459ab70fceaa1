/**
 * A pod that lands on a MIG pool: it selects the layout by the template label (Karpenter can
 * promise it before launch, unlike GPU Feature Discovery's labels), tolerates the layout taint
 * and asks for one device. Requests are set because Karpenter packs by requests; an extended
 * resource is asked for in limits, which is also its request (NOTES.md 6.4).
 */
import type { MigStrategy } from './migProfile';
import { migResourceName } from './capacity';
import { MIG_CONFIG_LABEL } from './migConfigs';

export function samplePod(
  config: string,
  profile: string,
  strategy: MigStrategy,
  taint: boolean,
): object {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `mig-${profile.replace(/[^a-z0-9]+/g, '-')}-sample` },
    spec: {
      nodeSelector: { [MIG_CONFIG_LABEL]: config },
      ...(taint
        ? {
            tolerations: [
              { key: MIG_CONFIG_LABEL, operator: 'Equal', value: config, effect: 'NoSchedule' },
            ],
          }
        : {}),
      containers: [
        {
          name: 'cuda',
          image: 'nvcr.io/nvidia/cuda:12.9.1-base-ubuntu24.04',
          command: ['nvidia-smi', '-L'],
          resources: {
            requests: { cpu: '1', memory: '4Gi' },
            limits: { memory: '4Gi', [migResourceName(profile, strategy)]: 1 },
          },
        },
      ],
      restartPolicy: 'Never',
    },
  };
}
