import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';
import { CATALOG, instanceType } from '../../../../test/support/instanceCatalog';

const OUTPUT = new URL('./catalogData.ts', import.meta.url);

describe('the instance catalog', () => {
  it('holds every type of the reference page and says where it comes from', () => {
    expect(CATALOG.types).toHaveLength(1363);
    expect(CATALOG.source).toMatchObject({ karpenter: 'v1.14.1', pricesRegion: 'us-east-1' });
    expect(new Set(CATALOG.types.map((t) => t.family)).size).toBe(177);
  });

  it('stays a small chunk: at most 60 KB gzip', () => {
    expect(gzipSync(readFileSync(OUTPUT), { level: 9 }).length).toBeLessThan(60 * 1024);
  });

  it('keeps the facts Karpenter computes capacity from (m5.large, p5.48xlarge)', () => {
    const m5 = instanceType('m5.large');
    expect(m5).toMatchObject({ vcpus: 2, memoryMiB: 8192, arch: 'amd64', onDemandPrice: 0.096 });
    expect(m5.eni).toEqual({ defaultCardEnis: 3, ipv4PerEni: 10, trunking: true, branchEnis: 9 });
    const p5 = instanceType('p5.48xlarge');
    expect(p5.extended).toMatchObject({ 'nvidia.com/gpu': 8, 'vpc.amazonaws.com/efa': 32 });
    expect(p5.labels).toMatchObject({
      'karpenter.k8s.aws/instance-gpu-name': 'h100',
      'karpenter.k8s.aws/instance-gpu-count': '8',
      'karpenter.k8s.aws/instance-local-nvme': '30400',
      'karpenter.k8s.aws/instance-encryption-in-transit-supported': 'true',
    });
    expect(p5.localNvmeGB).toBe(30400);
    expect(p5.onDemandPrice).toBe(55.04);
  });

  it('leaves out labels a type does not have, as Karpenter writes them DoesNotExist', () => {
    expect(instanceType('m5.large').labels).not.toHaveProperty(
      'karpenter.k8s.aws/instance-gpu-count',
    );
  });
});
