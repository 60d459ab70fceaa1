import { specObject, withSpecObjectField } from './ec2NodeClassFieldEdits';
import { nonEmpty, withEntry, withoutEntry } from '../../lib/mapEdits';
import type { EC2NodeClass, KubeletConfiguration } from '../model/types';

/**
 * Edits of `spec.kubelet`. Its maps are keyed by a fixed set of names (resources for the
 * reserved maps, eviction signals for the eviction maps), so they are edited one entry at a
 * time: an empty value removes the entry, the last entry removes the map, the last field
 * removes `kubelet`.
 */
export type KubeletMap =
  'systemReserved' | 'kubeReserved' | 'evictionHard' | 'evictionSoft' | 'evictionSoftGracePeriod';

export type KubeletNumber =
  | 'maxPods'
  | 'podsPerCore'
  | 'evictionMaxPodGracePeriod'
  | 'imageGCHighThresholdPercent'
  | 'imageGCLowThresholdPercent';

export function kubelet(nodeClass: EC2NodeClass): Readonly<KubeletConfiguration> {
  return specObject(nodeClass, 'kubelet');
}

export function kubeletMap(
  nodeClass: EC2NodeClass,
  map: KubeletMap,
): Readonly<Record<string, string>> {
  const value: unknown = kubelet(nodeClass)[map];
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, string>)
    : {};
}

export function withKubeletMapEntry(
  nodeClass: EC2NodeClass,
  map: KubeletMap,
  key: string,
  value: string,
): EC2NodeClass {
  const current = kubeletMap(nodeClass, map);
  const next = value === '' ? withoutEntry(current, key) : withEntry(current, key, value);
  return withSpecObjectField(nodeClass, 'kubelet', map, nonEmpty(next));
}

export function withKubeletNumber(
  nodeClass: EC2NodeClass,
  field: KubeletNumber,
  value: number | undefined,
): EC2NodeClass {
  return withSpecObjectField(nodeClass, 'kubelet', field, value);
}

export function withCpuCFSQuota(nodeClass: EC2NodeClass, value: boolean | undefined): EC2NodeClass {
  return withSpecObjectField(nodeClass, 'kubelet', 'cpuCFSQuota', value);
}

export function clusterDNS(nodeClass: EC2NodeClass): readonly string[] {
  const value: unknown = kubelet(nodeClass).clusterDNS;
  return Array.isArray(value) ? (value as string[]) : [];
}

/** No addresses removes `clusterDNS`: the kubelet then uses the cluster's DNS service. */
export function withClusterDNS(
  nodeClass: EC2NodeClass,
  addresses: readonly string[],
): EC2NodeClass {
  return withSpecObjectField(
    nodeClass,
    'kubelet',
    'clusterDNS',
    addresses.length > 0 ? [...addresses] : undefined,
  );
}
