import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../test/support/instanceCatalog';
import { GPU_INSTANCE_TYPES } from './gpuInstanceTypes';

describe('the MIG instance table agrees with the instance catalog', () => {
  const listed = GPU_INSTANCE_TYPES.filter((t) => CATALOG.byName.has(t.name));

  it('covers most of its types from the catalog (the rest are newer than Karpenter v1.14.1)', () => {
    expect(listed.length).toBeGreaterThan(GPU_INSTANCE_TYPES.length / 2);
  });

  it.each(listed.map((t) => [t.name, t] as const))('%s: GPUs, vCPUs and memory', (name, t) => {
    const type = CATALOG.byName.get(name);
    expect(type?.labels['karpenter.k8s.aws/instance-gpu-count']).toBe(String(t.gpus));
    expect(type?.family).toBe(t.family);
    if (t.vcpu !== undefined) expect(type?.vcpus).toBe(t.vcpu);
    if (t.memoryGiB !== undefined) expect(type?.memoryMiB).toBe(t.memoryGiB * 1024);
  });
});
