import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../../test/fixtures/deepFreeze';
import { defaultEC2NodeClass } from '../model/defaults';
import {
  clusterDNS,
  kubeletMap,
  withClusterDNS,
  withCpuCFSQuota,
  withKubeletMapEntry,
  withKubeletNumber,
} from './kubeletEdits';
import type { EC2NodeClass, KubeletConfiguration } from '../model/types';

const nodeClass = (kubelet?: KubeletConfiguration): EC2NodeClass => {
  const base = defaultEC2NodeClass('default');
  return deepFreeze(kubelet ? { ...base, spec: { ...base.spec, kubelet } } : base);
};

describe('kubelet edits', () => {
  it('sets maxPods and removes kubelet when it was the only field', () => {
    const capped = withKubeletNumber(nodeClass(), 'maxPods', 110);
    expect(capped.spec.kubelet).toEqual({ maxPods: 110 });
    expect('kubelet' in withKubeletNumber(capped, 'maxPods', undefined).spec).toBe(false);
  });

  it('edits one entry of an eviction map; the last entry removes the map', () => {
    const hard = withKubeletMapEntry(nodeClass(), 'evictionHard', 'memory.available', '5%');
    expect(kubeletMap(hard, 'evictionHard')).toEqual({ 'memory.available': '5%' });
    const both = withKubeletMapEntry(hard, 'evictionHard', 'nodefs.available', '10%');
    expect(Object.keys(kubeletMap(both, 'evictionHard'))).toEqual([
      'memory.available',
      'nodefs.available',
    ]);
    const one = withKubeletMapEntry(both, 'evictionHard', 'memory.available', '');
    expect(one.spec.kubelet).toEqual({ evictionHard: { 'nodefs.available': '10%' } });
    expect('kubelet' in withKubeletMapEntry(one, 'evictionHard', 'nodefs.available', '').spec).toBe(
      false,
    );
  });

  it('keeps kubelet fields it does not know', () => {
    const edited = withKubeletNumber(nodeClass({ future: 'x', maxPods: 10 }), 'maxPods', undefined);
    expect(edited.spec.kubelet).toEqual({ future: 'x' });
  });

  it('sets cpuCFSQuota to false, which differs from leaving it out', () => {
    expect(withCpuCFSQuota(nodeClass(), false).spec.kubelet).toEqual({ cpuCFSQuota: false });
    expect('kubelet' in withCpuCFSQuota(nodeClass(), undefined).spec).toBe(false);
  });

  it('sets clusterDNS, and no addresses removes it', () => {
    const dns = withClusterDNS(nodeClass(), ['10.100.0.10']);
    expect(clusterDNS(dns)).toEqual(['10.100.0.10']);
    expect('kubelet' in withClusterDNS(dns, []).spec).toBe(false);
  });
});
