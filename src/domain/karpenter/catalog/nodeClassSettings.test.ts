import { describe, expect, it } from 'vitest';
import { instanceType } from '../../../../test/support/instanceCatalog';
import type { BlockDeviceMapping, EC2NodeClassSpec, KubeletConfiguration } from '../model/types';
import { allocatableOf, capacityOf, overheadOf } from './allocatable';
import { DEFAULT_NODE_CLASS_SETTINGS, nodeClassSettings } from './nodeClassSettings';

const MI = 2 ** 20;
const GI = 2 ** 30;
const m5 = instanceType('m5.large');

function nodeClass(extra: Partial<EC2NodeClassSpec> = {}): EC2NodeClassSpec {
  return {
    amiSelectorTerms: [{ alias: 'al2023@latest' }],
    subnetSelectorTerms: [{ tags: { 'karpenter.sh/discovery': 'demo' } }],
    securityGroupSelectorTerms: [{ tags: { 'karpenter.sh/discovery': 'demo' } }],
    ...extra,
  };
}

const kubelet = (config: KubeletConfiguration) => nodeClassSettings(nodeClass({ kubelet: config }));
const devices = (mappings: BlockDeviceMapping[], extra: Partial<EC2NodeClassSpec> = {}) =>
  nodeClassSettings(nodeClass({ blockDeviceMappings: mappings, ...extra }));
const ebs = (deviceName: string, volumeSize: string, rootVolume?: boolean): BlockDeviceMapping => ({
  deviceName,
  ebs: { volumeSize },
  ...(rootVolume === undefined ? {} : { rootVolume }),
});
const ephemeral = (settings: ReturnType<typeof nodeClassSettings>, type = m5) =>
  allocatableOf(type, settings)['ephemeral-storage'];

describe('the AMI family', () => {
  it('is spec.amiFamily, else the alias family, else Custom', () => {
    expect(nodeClassSettings(nodeClass({ amiFamily: 'Bottlerocket' })).amiFamily).toBe(
      'Bottlerocket',
    );
    expect(
      nodeClassSettings(nodeClass({ amiSelectorTerms: [{ alias: 'windows2022@latest' }] }))
        .amiFamily,
    ).toBe('Windows2022');
    expect(nodeClassSettings(nodeClass({ amiSelectorTerms: [{ id: 'ami-123' }] })).amiFamily).toBe(
      'Custom',
    );
  });

  it('takes the AL2 path for a family Karpenter does not know', () => {
    expect(nodeClassSettings(nodeClass({ amiFamily: 'Ubuntu' })).amiFamily).toBe('AL2');
  });

  it('reproduces the defaults for al2023@latest', () => {
    const settings = nodeClassSettings(nodeClass());
    expect(settings).toEqual(DEFAULT_NODE_CLASS_SETTINGS);
    expect(allocatableOf(m5, settings)).toEqual(allocatableOf(m5, DEFAULT_NODE_CLASS_SETTINGS));
  });
});

describe('Windows', () => {
  const windows = nodeClassSettings(
    nodeClass({ amiSelectorTerms: [{ alias: 'windows2022@latest' }] }),
  );

  it('gets 110 pods, a 50Gi root volume and kube-reserved memory from the 110 pods', () => {
    expect(capacityOf(m5, windows)).toMatchObject({ pods: 110, 'ephemeral-storage': 50 * GI });
    expect(overheadOf(m5, windows).kubeReserved.memory).toBe((11 * 110 + 255) * MI);
    expect(allocatableOf(m5, windows)).toMatchObject({
      memory: (7577 - 1465 - 100) * MI,
      'ephemeral-storage': 44 * GI,
    });
  });

  it('gets secondary IPv4 addresses as a resource: IPv4 per ENI − 1', () => {
    expect(allocatableOf(m5, windows)['vpc.amazonaws.com/PrivateIPv4Address']).toBe(9);
  });

  it('honours podsPerCore', () => {
    const settings = nodeClassSettings(
      nodeClass({ amiFamily: 'Windows2019', kubelet: { podsPerCore: 10 } }),
    );
    expect(allocatableOf(m5, settings).pods).toBe(20);
  });
});

describe('kubeReserved and systemReserved', () => {
  it('replace Karpenter`s kube-reserved per key, keeping the others', () => {
    const settings = kubelet({ kubeReserved: { cpu: '200m' } });
    expect(overheadOf(m5, settings).kubeReserved).toEqual({
      cpu: 0.2,
      memory: 574 * MI,
      'ephemeral-storage': GI,
    });
    expect(allocatableOf(m5, settings)).toMatchObject({ cpu: 1.8, memory: 6903 * MI });
  });

  it('add systemReserved on top; a pid reservation has no capacity to come out of', () => {
    const settings = kubelet({ systemReserved: { cpu: '100m', memory: '100Mi', pid: '1000' } });
    expect(allocatableOf(m5, settings)).toMatchObject({ cpu: 1.83, memory: 6803 * MI });
    expect(allocatableOf(m5, settings)).not.toHaveProperty('pid');
  });
});

describe('evictionHard', () => {
  it('replaces 100Mi with an absolute memory.available', () => {
    const settings = kubelet({ evictionHard: { 'memory.available': '500Mi' } });
    expect(allocatableOf(m5, settings).memory).toBe((7577 - 574 - 500) * MI);
  });

  it('takes a percentage of capacity, rounded up to the byte', () => {
    const settings = kubelet({
      evictionHard: { 'memory.available': '5%', 'nodefs.available': '15%' },
    });
    // ceil(7577Mi / 100 × 5) = 397,253,018 bytes; 15% of 20Gi = 3Gi.
    expect(allocatableOf(m5, settings)).toMatchObject({
      memory: 7577 * MI - 574 * MI - 397_253_018,
      'ephemeral-storage': 16 * GI,
    });
  });

  it('counts "100%" as 0: the threshold is disabled', () => {
    const settings = kubelet({
      evictionHard: { 'memory.available': '100%', 'nodefs.available': '100%' },
    });
    expect(allocatableOf(m5, settings)).toMatchObject({
      memory: (7577 - 574) * MI,
      'ephemeral-storage': 19 * GI,
    });
  });

  it('is the only eviction setting allocatable reads: evictionSoft changes nothing', () => {
    const settings = kubelet({ evictionSoft: { 'memory.available': '1Gi' } });
    expect(allocatableOf(m5, settings)).toEqual(allocatableOf(m5, DEFAULT_NODE_CLASS_SETTINGS));
  });
});

describe('ephemeral storage', () => {
  it('is the root volume`s size: 100Gi − 1Gi − 10Gi = 89Gi', () => {
    expect(ephemeral(devices([ebs('/dev/xvda', '100Gi', true)]))).toBe(89 * GI);
  });

  it('is the family`s device when no root volume is marked: /dev/xvda on AL2023', () => {
    expect(ephemeral(devices([ebs('/dev/xvda', '50Gi')]))).toBe(44 * GI);
    expect(ephemeral(devices([ebs('/dev/xvdc', '500Gi')]))).toBe(17 * GI);
  });

  it('is /dev/xvdb on Bottlerocket, not the 4Gi OS volume', () => {
    const bottlerocket = { amiSelectorTerms: [{ alias: 'bottlerocket@latest' }] };
    expect(
      ephemeral(devices([ebs('/dev/xvda', '4Gi'), ebs('/dev/xvdb', '100Gi')], bottlerocket)),
    ).toBe(89 * GI);
    expect(ephemeral(devices([ebs('/dev/xvda', '200Gi')], bottlerocket))).toBe(17 * GI);
  });

  it('is the last mapping on Custom, whose volumes Karpenter cannot know', () => {
    const custom = { amiFamily: 'Custom' };
    expect(ephemeral(devices([ebs('/dev/xvda', '30Gi'), ebs('/dev/sdf', '100Gi')], custom))).toBe(
      89 * GI,
    );
    expect(ephemeral(nodeClassSettings(nodeClass(custom)))).toBe(17 * GI);
  });

  it('falls back from RAID0 to the volume on a type without instance store', () => {
    expect(ephemeral(nodeClassSettings(nodeClass({ instanceStorePolicy: 'RAID0' })))).toBe(17 * GI);
    expect(
      ephemeral(devices([ebs('/dev/xvda', '100Gi', true)], { instanceStorePolicy: 'RAID0' })),
    ).toBe(89 * GI);
  });
});

describe('memoisation', () => {
  it('gives the same settings object for the same spec, and the defaults for none', () => {
    const spec = nodeClass({ kubelet: { maxPods: 50 } });
    expect(nodeClassSettings(spec)).toBe(nodeClassSettings(spec));
    expect(nodeClassSettings(undefined)).toBe(DEFAULT_NODE_CLASS_SETTINGS);
  });

  it('shares one settings object between classes that resolve alike, and only between them', () => {
    const team = (name: string, maxPods: number) =>
      nodeClass({ role: `KarpenterNodeRole-${name}`, kubelet: { maxPods } });
    expect(nodeClassSettings(team('a', 50))).toBe(nodeClassSettings(team('b', 50)));
    expect(nodeClassSettings(team('a', 50))).not.toBe(nodeClassSettings(team('a', 60)));
    expect(nodeClassSettings(nodeClass({ kubelet: { podsPerCore: 2 } }))).not.toBe(
      nodeClassSettings(nodeClass({})),
    );
  });

  it('gives the same allocatable object for the same settings and type', () => {
    const settings = kubelet({ maxPods: 50 });
    expect(allocatableOf(m5, settings)).toBe(allocatableOf(m5, settings));
  });
});
