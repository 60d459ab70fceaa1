import { describe, expect, it } from 'vitest';
import type { Taint } from '../../karpenter/model/types';
import {
  daemonSetOverhead,
  daemonSetPod,
  daemonSetRequirementAlternatives,
  daemonSetUntoleratedTaint,
} from './daemonSets';
import { podRequests } from './podRequests';
import type { PodTemplate, Workload } from './workload';

const LOGGING: Workload = {
  id: 'ds-logging',
  name: 'fluent-bit',
  kind: 'DaemonSet',
  replicas: 1,
  template: {
    spec: {
      containers: [{ name: 'fluent-bit', resources: { limits: { cpu: '200m', memory: '256Mi' } } }],
      initContainers: [
        { name: 'setup', resources: { requests: { cpu: '100m' }, limits: { cpu: '1' } } },
      ],
    },
  },
};

describe('daemonSetPod (PodForDaemonSet)', () => {
  it('merges limits into requests in containers and init containers', () => {
    const pod = daemonSetPod(LOGGING.template);
    expect(pod.containers[0]?.resources?.requests).toEqual({ cpu: '200m', memory: '256Mi' });
    expect(pod.initContainers?.[0]?.resources?.requests).toEqual({ cpu: '100m' });
    expect(podRequests(pod)).toEqual({ cpu: 0.2, memory: 256 * 2 ** 20, pods: 1 });
  });

  it('keeps the required node affinity and leaves the template untouched', () => {
    const template: PodTemplate = {
      spec: {
        containers: [{ resources: { limits: { cpu: '1' } } }],
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [
                {
                  matchExpressions: [
                    { key: 'kubernetes.io/os', operator: 'In', values: ['linux'] },
                  ],
                },
              ],
            },
          },
        },
      },
    };
    const pod = daemonSetPod(template);
    expect(pod.affinity).toBe(template.spec.affinity);
    expect(template.spec.containers[0]?.resources?.requests).toBeUndefined();
    expect(daemonSetPod(template)).toBe(pod);
  });
});

describe('daemonSetUntoleratedTaint', () => {
  const soft: Taint = { key: 'spot', effect: 'PreferNoSchedule' };
  const hard: Taint = { key: 'gpu', effect: 'NoSchedule' };

  it('gives a DaemonSet pod an implicit PreferNoSchedule toleration', () => {
    expect(daemonSetUntoleratedTaint([soft], LOGGING.template.spec)).toBeUndefined();
  });

  it('still stops a DaemonSet at a NoSchedule taint it does not tolerate', () => {
    expect(daemonSetUntoleratedTaint([soft, hard], LOGGING.template.spec)).toBe(hard);
    expect(
      daemonSetUntoleratedTaint([hard], { containers: [], tolerations: [{ operator: 'Exists' }] }),
    ).toBeUndefined();
  });
});

describe('daemonSetRequirementAlternatives', () => {
  it('offers nodeSelector with each required term in turn', () => {
    const alternatives = daemonSetRequirementAlternatives({
      containers: [],
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              {
                matchExpressions: [
                  { key: 'kubernetes.io/arch', operator: 'In', values: ['amd64'] },
                ],
              },
              {
                matchExpressions: [
                  { key: 'kubernetes.io/arch', operator: 'In', values: ['arm64'] },
                ],
              },
            ],
          },
          preferredDuringSchedulingIgnoredDuringExecution: [
            { weight: 100, preference: { matchExpressions: [{ key: 'x', operator: 'Exists' }] } },
          ],
        },
      },
    });
    expect(alternatives).toEqual([
      [
        { key: 'kubernetes.io/os', operator: 'In', values: ['linux'] },
        { key: 'kubernetes.io/arch', operator: 'In', values: ['amd64'] },
      ],
      [
        { key: 'kubernetes.io/os', operator: 'In', values: ['linux'] },
        { key: 'kubernetes.io/arch', operator: 'In', values: ['arm64'] },
      ],
    ]);
  });

  it('has one alternative, possibly empty, without required terms', () => {
    expect(daemonSetRequirementAlternatives({ containers: [] })).toEqual([[]]);
  });
});

describe('daemonSetOverhead', () => {
  it('sums the DaemonSet requests and counts one pod per DaemonSet', () => {
    const other = { containers: [{ resources: { requests: { cpu: '50m', memory: '64Mi' } } }] };
    expect(daemonSetOverhead([daemonSetPod(LOGGING.template), other])).toEqual({
      cpu: 0.25,
      memory: 320 * 2 ** 20,
      pods: 2,
    });
  });
});
