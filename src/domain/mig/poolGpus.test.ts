import { describe, expect, it } from 'vitest';
import type { NodeSelectorRequirement } from '../karpenter/model/types';
import { gpuOfPool, poolGpus } from './poolGpus';

const req = (key: string, operator: NodeSelectorRequirement['operator'], ...values: string[]) => ({
  key,
  operator,
  values,
});

describe('poolGpus', () => {
  it('finds the MIG GPUs the families of a pool carry', () => {
    const gpus = poolGpus([req('karpenter.k8s.aws/instance-family', 'In', 'p5', 'p4de')]);
    expect(gpus.gpus.sort()).toEqual(['a100-80gb', 'h100-80gb']);
    expect(gpus.gpuOnly).toBe(true);
  });

  it('names listed families without MIG', () => {
    const gpus = poolGpus([req('karpenter.k8s.aws/instance-family', 'In', 'g5', 'p5')]);
    expect(gpus.notMigCapable).toEqual([
      { name: 'g5', gpu: expect.stringContaining('A10G') as unknown },
    ]);
  });

  it('honours instance category and generation, as Karpenter labels them', () => {
    expect(
      poolGpus([req('karpenter.k8s.aws/instance-category', 'In', 'c', 'm', 'r')]).types,
    ).toEqual([]);
    const newer = poolGpus([
      req('karpenter.k8s.aws/instance-category', 'In', 'p'),
      req('karpenter.k8s.aws/instance-generation', 'Gt', '4'),
    ]);
    expect(newer.gpus).toContain('h100-80gb');
    expect(newer.gpus).not.toContain('a100-40gb');
  });

  it('is not sure of one GPU while CPU instances are admitted too', () => {
    expect(gpuOfPool([req('karpenter.k8s.aws/instance-gpu-name', 'In', 'h100')])).toBe('h100-80gb');
    expect(gpuOfPool([req('kubernetes.io/arch', 'In', 'amd64')])).toBeUndefined();
  });
});
