/**
 * The worked examples of the spec (section 6) and their variants (2.3, 2.4): every number in them.
 */
import { describe, expect, it } from 'vitest';
import { instanceType } from '../../../../test/support/instanceCatalog';
import type { EC2NodeClassSpec, KubeletConfiguration } from '../model/types';
import { allocatableOf, capacityOf, eniLimitedPods, maxPodsOf, overheadOf } from './allocatable';
import { DEFAULT_NODE_CLASS_SETTINGS, nodeClassSettings } from './nodeClassSettings';

const MI = 2 ** 20;
const GI = 2 ** 30;
const DEFAULTS = DEFAULT_NODE_CLASS_SETTINGS;

function nodeClass(extra: Partial<EC2NodeClassSpec> = {}): EC2NodeClassSpec {
  return {
    amiSelectorTerms: [{ alias: 'al2023@latest' }],
    subnetSelectorTerms: [{ tags: { 'karpenter.sh/discovery': 'demo' } }],
    securityGroupSelectorTerms: [{ tags: { 'karpenter.sh/discovery': 'demo' } }],
    ...extra,
  };
}

function withKubelet(kubelet: KubeletConfiguration, extra: Partial<EC2NodeClassSpec> = {}) {
  return nodeClassSettings(nodeClass({ kubelet, ...extra }));
}

describe('m5.large (2 vCPU, 8192 MiB, 3 ENIs × 10 IPv4, 9 branch ENIs)', () => {
  const m5 = instanceType('m5.large');

  it('has capacity 7577Mi after the 7.5% VM overhead (ceil 614.4 = 615) and 3 × 9 + 2 = 29 pods', () => {
    expect(capacityOf(m5, DEFAULTS)).toEqual({
      cpu: 2,
      memory: 7577 * MI,
      'ephemeral-storage': 20 * GI,
      pods: 29,
      'vpc.amazonaws.com/pod-eni': 9,
    });
  });

  it('reserves 70m, 11 × 29 + 255 = 574Mi and 1Gi for the kubelet; evicts at 100Mi and 10% of disk', () => {
    const overhead = overheadOf(m5, DEFAULTS);
    expect(overhead.kubeReserved).toEqual({
      cpu: 0.07,
      memory: 574 * MI,
      'ephemeral-storage': GI,
    });
    expect(overhead.systemReserved).toEqual({});
    expect(overhead.evictionThreshold).toEqual({ memory: 100 * MI, 'ephemeral-storage': 2 * GI });
  });

  it('allocates 1930m, 6903Mi, 17Gi, 29 pods and 9 pod ENIs', () => {
    expect(allocatableOf(m5, DEFAULTS)).toEqual({
      cpu: 1.93,
      memory: 6903 * MI,
      'ephemeral-storage': 17 * GI,
      pods: 29,
      'vpc.amazonaws.com/pod-eni': 9,
    });
  });

  it('AL2023 maxPods 110: 110 pods, memory still 6903Mi (kube-reserved counts the 29 ENI pods)', () => {
    const settings = withKubelet({ maxPods: 110 });
    expect(allocatableOf(m5, settings)).toMatchObject({ pods: 110, memory: 6903 * MI });
  });

  it('Bottlerocket maxPods 110: kube-reserved 11 × 110 + 255 = 1465Mi, memory 6012Mi', () => {
    const settings = withKubelet(
      { maxPods: 110 },
      { amiSelectorTerms: [{ alias: 'bottlerocket@latest' }] },
    );
    expect(overheadOf(m5, settings).kubeReserved.memory).toBe(1465 * MI);
    expect(allocatableOf(m5, settings)).toMatchObject({ pods: 110, memory: 6012 * MI });
  });

  it('RESERVED_ENIS=1: 2 × 9 + 2 = 20 pods, kube-reserved memory unchanged on AL2023', () => {
    const settings = nodeClassSettings(nodeClass(), {
      reservedEnis: 1,
      vmMemoryOverheadPercent: 0.075,
    });
    expect(eniLimitedPods(m5, 1)).toBe(20);
    expect(allocatableOf(m5, settings)).toMatchObject({ pods: 20, memory: 6903 * MI });
    expect(overheadOf(m5, settings).kubeReserved.memory).toBe(574 * MI);
  });
});

describe('c6g.xlarge (4 vCPU, 8192 MiB, arm64, 4 ENIs × 15 IPv4, 18 branch ENIs)', () => {
  const c6g = instanceType('c6g.xlarge');

  it('keeps 64 MiB for Graviton CMA before the VM overhead: 8128 − 610 = 7518Mi, 58 pods', () => {
    expect(capacityOf(c6g, DEFAULTS)).toMatchObject({ memory: 7518 * MI, pods: 58 });
  });

  it('reserves 60 + 10 + 10 = 80m and 11 × 58 + 255 = 893Mi', () => {
    expect(overheadOf(c6g, DEFAULTS).kubeReserved).toMatchObject({
      cpu: 0.08,
      memory: 893 * MI,
    });
  });

  it('allocates 3920m, 6525Mi, 17Gi, 58 pods and 18 pod ENIs', () => {
    expect(allocatableOf(c6g, DEFAULTS)).toEqual({
      cpu: 3.92,
      memory: 6525 * MI,
      'ephemeral-storage': 17 * GI,
      pods: 58,
      'vpc.amazonaws.com/pod-eni': 18,
    });
  });

  it('podsPerCore 2 caps pods at 2 × 4 = 8, memory unchanged', () => {
    const settings = withKubelet({ podsPerCore: 2 });
    expect(maxPodsOf(c6g, settings)).toBe(8);
    expect(allocatableOf(c6g, settings)).toMatchObject({ pods: 8, memory: 6525 * MI });
  });

  it('Bottlerocket ignores podsPerCore: 58 pods', () => {
    const settings = withKubelet(
      { podsPerCore: 2 },
      { amiSelectorTerms: [{ alias: 'bottlerocket@latest' }] },
    );
    expect(allocatableOf(c6g, settings)).toMatchObject({ pods: 58, memory: 6525 * MI });
  });
});

describe('p5.48xlarge (192 vCPU, 2 TiB, 8 H100, default card 2 ENIs × 50 IPv4, 32 EFA)', () => {
  const p5 = instanceType('p5.48xlarge');

  it('counts the default network card only: 2 × 49 + 2 = 100 pods of 64 ENIs', () => {
    expect(capacityOf(p5, DEFAULTS)).toMatchObject({ memory: 1939865 * MI, pods: 100 });
  });

  it('reserves 60 + 10 + 10 + 0.25% × 188000 = 550m and 11 × 100 + 255 = 1355Mi', () => {
    expect(overheadOf(p5, DEFAULTS).kubeReserved).toMatchObject({
      cpu: 0.55,
      memory: 1355 * MI,
    });
  });

  it('allocates 191450m, 1938410Mi, 17Gi, 100 pods, 8 GPUs, 32 EFA, 120 pod ENIs', () => {
    expect(allocatableOf(p5, DEFAULTS)).toEqual({
      cpu: 191.45,
      memory: 1938410 * MI,
      'ephemeral-storage': 17 * GI,
      pods: 100,
      'nvidia.com/gpu': 8,
      'vpc.amazonaws.com/efa': 32,
      'vpc.amazonaws.com/pod-eni': 120,
    });
  });

  it('RAID0 makes the 30400 GB instance store ephemeral: 30,400e9 − 1Gi − 3,040e9 bytes', () => {
    const settings = nodeClassSettings(nodeClass({ instanceStorePolicy: 'RAID0' }));
    expect(capacityOf(p5, settings)['ephemeral-storage']).toBe(30400e9);
    expect(allocatableOf(p5, settings)['ephemeral-storage']).toBe(27_358_926_258_176);
  });

  it('efa-only interfaces set the EFA count and take ENIs of card 0 from pods and kube-reserved', () => {
    const settings = nodeClassSettings(
      nodeClass({
        networkInterfaces: [
          { networkCardIndex: 0, deviceIndex: 0, interfaceType: 'interface' },
          { networkCardIndex: 0, deviceIndex: 1, interfaceType: 'efa-only' },
          { networkCardIndex: 1, deviceIndex: 0, interfaceType: 'efa-only' },
        ],
      }),
    );
    expect(settings).toMatchObject({ efaOnlyInterfaces: 2, efaOnlyOnCardZero: 1 });
    // 2 − 1 usable ENIs: 1 × 49 + 2 = 51 pods; kube-reserved 11 × 51 + 255 = 816Mi.
    expect(allocatableOf(p5, settings)).toMatchObject({
      pods: 51,
      memory: (1939865 - 816 - 100) * MI,
      'vpc.amazonaws.com/efa': 2,
    });
  });

  it('networkInterfaces without efa-only ones leave no EFA resource', () => {
    const settings = nodeClassSettings(
      nodeClass({
        networkInterfaces: [{ networkCardIndex: 0, deviceIndex: 0, interfaceType: 'interface' }],
      }),
    );
    expect(allocatableOf(p5, settings)).not.toHaveProperty('vpc.amazonaws.com/efa');
    expect(allocatableOf(p5, settings).pods).toBe(100);
  });
});

describe('the other types checked by hand in the spec', () => {
  it('p5.4xlarge allocates 15890m, 240830Mi, 118 pods', () => {
    expect(allocatableOf(instanceType('p5.4xlarge'), DEFAULTS)).toMatchObject({
      cpu: 15.89,
      memory: 240830 * MI,
      pods: 118,
    });
  });

  it('g5.xlarge allocates 3920m, 14162Mi, 58 pods', () => {
    expect(allocatableOf(instanceType('g5.xlarge'), DEFAULTS)).toMatchObject({
      cpu: 3.92,
      memory: 14162 * MI,
      pods: 58,
      'nvidia.com/gpu': 1,
    });
  });
});

describe('the rules behind the examples', () => {
  it('sums the kube-reserved CPU tiers: 1 vCPU 60m, 2 → 70m, 4 → 80m, 8 → 90m, 16 → 110m', () => {
    const reservedMillis = (name: string) =>
      Math.round(overheadOf(instanceType(name), DEFAULTS).kubeReserved.cpu! * 1000);
    expect(
      ['a1.medium', 'm5.large', 'm5.xlarge', 'm5.2xlarge', 'm5.4xlarge'].map(reservedMillis),
    ).toEqual([60, 70, 80, 90, 110]);
  });

  it('gives no pods when reserved ENIs take every ENI of the default card', () => {
    const m5 = instanceType('m5.large');
    expect(eniLimitedPods(m5, 3)).toBe(0);
    expect(eniLimitedPods(m5, 5)).toBe(0);
  });

  it('reads the VM overhead percent from Karpenter`s options: 0 keeps all 8192Mi', () => {
    const settings = nodeClassSettings(nodeClass(), {
      reservedEnis: 0,
      vmMemoryOverheadPercent: 0,
    });
    expect(capacityOf(instanceType('m5.large'), settings).memory).toBe(8192 * MI);
  });

  it('keeps the page`s pods for a type without ENI facts, whatever ENIs are reserved', () => {
    const trn2 = instanceType('trn2.48xlarge');
    expect(trn2.eni).toBeUndefined();
    expect(eniLimitedPods(trn2, 1)).toBe(trn2.podsWithoutEniFacts);
  });
});
