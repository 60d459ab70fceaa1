import { describe, expect, it } from 'vitest';
import { instanceType } from '../../../../test/support/instanceCatalog';
import { allocatableFrom, allocatableOf } from './allocatable';
import { DEFAULT_NODE_CLASS_SETTINGS, nodeClassSettings } from './nodeClassSettings';
import { addResources, fits, subtractResources } from './resources';

const MI = 2 ** 20;
const GI = 2 ** 30;
const m5 = allocatableOf(instanceType('m5.large'), DEFAULT_NODE_CLASS_SETTINGS);

describe('fits', () => {
  it('compares every request with allocatable, a missing key being 0', () => {
    expect(fits({ cpu: 1.93, memory: 6903 * MI, pods: 29 }, m5)).toBe(true);
    expect(fits({ cpu: 1.931 }, m5)).toBe(false);
    expect(fits({ 'nvidia.com/gpu': 1 }, m5)).toBe(false);
    expect(fits({ 'nvidia.com/gpu': 0 }, m5)).toBe(true);
  });

  it('fits nothing where any allocatable value is negative', () => {
    const starved = allocatableOf(
      instanceType('m5.large'),
      nodeClassSettings({
        amiSelectorTerms: [{ alias: 'al2023@latest' }],
        subnetSelectorTerms: [],
        securityGroupSelectorTerms: [],
        kubelet: { kubeReserved: { memory: '100Gi' } },
      }),
    );
    expect(starved.memory).toBeLessThan(0);
    expect(fits({ cpu: 0.1 }, starved)).toBe(false);
  });

  it('does not let float rounding refuse an exact fit: 0.1 + 0.2 cores in 0.3', () => {
    expect(fits(addResources({ cpu: 0.1 }, { cpu: 0.2 }), { cpu: 0.3 })).toBe(true);
  });

  it('packs the spec`s example: 500m / 1Gi pods beside a 150m / 200Mi / 2-pod DaemonSet set', () => {
    const free = subtractResources(m5, { cpu: 0.15, memory: 200 * MI, pods: 2 });
    expect(free).toMatchObject({ memory: 6703 * MI, pods: 27 });
    expect(free.cpu).toBeCloseTo(1.78, 9);
    const pods = (n: number) => ({ cpu: 0.5 * n, memory: n * GI, pods: n });
    // min(floor(1780 / 500) = 3, floor(6703 / 1024) = 6, 29 − 2 = 27) = 3
    expect(fits(pods(3), free)).toBe(true);
    expect(fits(pods(4), free)).toBe(false);
  });
});

describe('addResources and subtractResources', () => {
  it('add over the keys of both lists', () => {
    expect(addResources({ cpu: 1, pods: 1 }, { cpu: 0.5, memory: GI })).toEqual({
      cpu: 1.5,
      pods: 1,
      memory: GI,
    });
  });

  it('subtract over the keys of the left list only', () => {
    expect(subtractResources({ cpu: 2, pods: 10 }, { cpu: 0.5, memory: GI })).toEqual({
      cpu: 1.5,
      pods: 10,
    });
  });
});

describe('allocatableFrom', () => {
  it('takes hugepages out of memory, stopping at 0', () => {
    expect(allocatableFrom({ memory: 8 * GI, 'hugepages-2Mi': 2 * GI }, { memory: GI })).toEqual({
      memory: 5 * GI,
      'hugepages-2Mi': 2 * GI,
    });
    expect(allocatableFrom({ memory: 2 * GI, 'hugepages-1Gi': 4 * GI }, {}).memory).toBe(0);
  });
});
