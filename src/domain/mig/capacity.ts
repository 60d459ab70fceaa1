/**
 * What a MIG node offers: the resource names the device plugin advertises and how many of each
 * one instance type yields (GPUs per instance × instances per GPU). Resource names follow the
 * NVIDIA device plugin (k8s-device-plugin, internal/rm): single strategy counts every MIG
 * device as `nvidia.com/gpu`; mixed names each profile, `+` written as `.` (NOTES.md 3.2).
 */
import type { MigStrategy } from './migProfile';
import { layoutEntries, type MigDevices } from './placement';

export const WHOLE_GPU_RESOURCE = 'nvidia.com/gpu';

export function migResourceName(profile: string, strategy: MigStrategy): string {
  return strategy === 'single' ? WHOLE_GPU_RESOURCE : `nvidia.com/mig-${profile.replace('+', '.')}`;
}

/** Devices one node advertises, by resource name. */
export function nodeCapacity(
  devices: MigDevices | null,
  gpus: number,
  strategy: MigStrategy,
): Record<string, number> {
  const capacity: Record<string, number> = {};
  for (const [profile, count] of layoutEntries(devices ?? {})) {
    const name = migResourceName(profile, strategy);
    capacity[name] = (capacity[name] ?? 0) + count * gpus;
  }
  return capacity;
}
