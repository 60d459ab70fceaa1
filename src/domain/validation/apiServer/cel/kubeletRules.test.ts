import { describe, expect, it } from 'vitest';
import { problemSentence } from '../apiProblem';
import { classWith } from '../../../../../test/apiServer/manifestBuilders';
import { validateManifest } from '../validateManifest';

const sentences = (kubelet: Record<string, unknown>) =>
  validateManifest(classWith({ kubelet })).map(problemSentence);

describe('kubelet rules', () => {
  it('point at a soft threshold that has no grace period', () => {
    expect(sentences({ evictionSoft: { 'memory.available': '500Mi' } })).toEqual([
      'spec.kubelet.evictionSoft[memory.available] has no grace period: add evictionSoftGracePeriod[memory.available], e.g. 1m.',
    ]);
  });

  it('accept an empty evictionSoft without grace periods, as CEL’s all() over no keys does', () => {
    expect(sentences({ evictionSoft: {} })).toEqual([]);
  });

  it('list the eviction signals the kubelet knows', () => {
    expect(sentences({ evictionHard: { 'memory.free': '5%' } })).toEqual([
      'spec.kubelet.evictionHard[memory.free] is not an eviction signal: use one of memory.available, nodefs.available, nodefs.inodesFree, imagefs.available, imagefs.inodesFree, pid.available.',
    ]);
  });

  it('want the high image GC mark above the low one', () => {
    expect(sentences({ imageGCHighThresholdPercent: 80, imageGCLowThresholdPercent: 80 })).toEqual([
      'spec.kubelet.imageGCHighThresholdPercent must be greater than imageGCLowThresholdPercent (80): raise it or lower the low threshold.',
    ]);
  });

  it('reject a negative reservation at its key', () => {
    expect(
      validateManifest(classWith({ kubelet: { systemReserved: { memory: '-1Gi' } } })).map(
        (p) => p.path,
      ),
    ).toEqual(['spec.kubelet.systemReserved[memory]']);
  });
});
