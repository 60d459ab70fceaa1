import { describe, expect, it } from 'vitest';
import type { NodePoolSpec, Taint } from '../../karpenter/model/types';
import {
  describeUntolerated,
  PREFER_NO_SCHEDULE_TOLERATION,
  taintsCheckedForProvisioning,
  toleratesTaint,
  untoleratedTaint,
} from './tolerations';
import type { Toleration } from './workload';

const GPU: Taint = { key: 'nvidia.com/gpu', value: 'true', effect: 'NoSchedule' };
const DEDICATED: Taint = { key: 'dedicated', effect: 'NoExecute' };
const SOFT: Taint = { key: 'spot', value: 'yes', effect: 'PreferNoSchedule' };

describe('toleratesTaint (Kubernetes ToleratesTaint)', () => {
  it.each<[string, Toleration, Taint, boolean]>([
    ['empty key with Exists tolerates every taint', { operator: 'Exists' }, GPU, true],
    ['empty key with Exists tolerates a NoExecute taint', { operator: 'Exists' }, DEDICATED, true],
    [
      'Exists on the key ignores the value',
      { key: 'nvidia.com/gpu', operator: 'Exists' },
      GPU,
      true,
    ],
    [
      'Equal with the same value',
      { key: 'nvidia.com/gpu', operator: 'Equal', value: 'true' },
      GPU,
      true,
    ],
    [
      'Equal with another value',
      { key: 'nvidia.com/gpu', operator: 'Equal', value: 'false' },
      GPU,
      false,
    ],
    ['an omitted operator means Equal', { key: 'nvidia.com/gpu', value: 'true' }, GPU, true],
    ['Equal without value matches a taint without value', { key: 'dedicated' }, DEDICATED, true],
    ['another key', { key: 'other', operator: 'Exists' }, GPU, false],
    [
      'an effect mismatch',
      { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoExecute' },
      GPU,
      false,
    ],
    [
      'an empty effect matches all effects',
      { key: 'dedicated', operator: 'Exists', effect: '' },
      DEDICATED,
      true,
    ],
    ['the matching effect', { key: 'spot', value: 'yes', effect: 'PreferNoSchedule' }, SOFT, true],
    [
      'an unknown operator tolerates nothing',
      { key: 'dedicated', operator: 'Gt' },
      DEDICATED,
      false,
    ],
    [
      'tolerationSeconds does not matter for scheduling',
      { key: 'dedicated', operator: 'Exists', tolerationSeconds: 0 },
      DEDICATED,
      true,
    ],
  ])('%s', (_, toleration, taint, expected) => {
    expect(toleratesTaint(toleration, taint)).toBe(expected);
  });
});

describe('untoleratedTaint (Karpenter Taints.ToleratesPod)', () => {
  it('returns the first taint no toleration covers', () => {
    expect(
      untoleratedTaint([GPU, DEDICATED], [{ key: 'nvidia.com/gpu', operator: 'Exists' }]),
    ).toBe(DEDICATED);
  });

  it('is undefined when every taint is tolerated', () => {
    expect(untoleratedTaint([GPU, DEDICATED], [{ operator: 'Exists' }])).toBeUndefined();
  });

  it('treats a PreferNoSchedule taint as NoSchedule', () => {
    expect(untoleratedTaint([SOFT], [])).toBe(SOFT);
  });

  it('lets the relaxation toleration through a PreferNoSchedule taint, and no other', () => {
    expect(untoleratedTaint([SOFT], [PREFER_NO_SCHEDULE_TOLERATION])).toBeUndefined();
    expect(untoleratedTaint([GPU], [PREFER_NO_SCHEDULE_TOLERATION])).toBe(GPU);
  });

  it('accepts a pod without tolerations on a pool without taints', () => {
    expect(untoleratedTaint([])).toBeUndefined();
  });
});

describe('describeUntolerated', () => {
  it("uses Karpenter's words and pretty.Taint form", () => {
    expect(describeUntolerated(GPU)).toBe('did not tolerate taint nvidia.com/gpu=true:NoSchedule');
    expect(describeUntolerated(DEDICATED)).toBe('did not tolerate taint dedicated:NoExecute');
  });
});

describe('taintsCheckedForProvisioning', () => {
  it('checks the template taints and never the startup taints', () => {
    const spec: NodePoolSpec = {
      template: {
        spec: {
          nodeClassRef: { group: 'karpenter.k8s.aws', kind: 'EC2NodeClass', name: 'default' },
          requirements: [],
          taints: [GPU],
          startupTaints: [{ key: 'node.cilium.io/agent-not-ready', effect: 'NoExecute' }],
        },
      },
    };
    expect(taintsCheckedForProvisioning(spec)).toEqual([GPU]);
    expect(
      untoleratedTaint(taintsCheckedForProvisioning(spec), [
        { key: 'nvidia.com/gpu', operator: 'Exists' },
      ]),
    ).toBeUndefined();
  });

  it('is empty when the pool has no taints', () => {
    const spec: NodePoolSpec = {
      template: {
        spec: {
          nodeClassRef: { group: 'karpenter.k8s.aws', kind: 'EC2NodeClass', name: 'default' },
          requirements: [],
          startupTaints: [DEDICATED],
        },
      },
    };
    expect(taintsCheckedForProvisioning(spec)).toEqual([]);
  });
});
