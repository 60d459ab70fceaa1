/**
 * EC2NodeClass userData that partitions the GPUs without the GPU Operator (NOTES.md 5.1, 5.2).
 * AL2023 runs shell parts in cloud-init's final stage, before nodeadm starts kubelet, but only on
 * the first boot, and MIG instances do not survive a reboot: the script therefore installs a
 * systemd unit ordered before nodeadm-run that recreates them on every boot. Bottlerocket has its
 * own MIG manager, driven by settings, and only takes one profile per GPU.
 */
import type { GpuModel } from './gpuModels';
import { F8_CLASSES } from './placementFamilies';
import { profileOf } from './gpuModels';
import { layoutEntries, sortedEntries, type MigDevices } from './placement';

export type UserDataResult = { ok: true; text: string } | { ok: false; reason: string };

const BOUNDARY = 'MIG';

/** `-cgi` takes one name per instance, largest first, or the driver may leave no room. */
export function createInstancesArgument(gpu: GpuModel, devices: MigDevices): string {
  return sortedEntries(gpu, devices)
    .flatMap(([name, count]) => Array.from({ length: count }, () => name))
    .join(',');
}

export function al2023MigUserData(gpu: GpuModel, devices: MigDevices): string {
  const cgi = createInstancesArgument(gpu, devices);
  const create = cgi ? `nvidia-smi mig -cgi ${cgi} -C` : '# MIG on, no instances';
  const ampere = gpu.id.startsWith('a100') || gpu.id.startsWith('a30');
  return [
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${BOUNDARY}"`,
    '',
    `--${BOUNDARY}`,
    'Content-Type: text/x-shellscript; charset="us-ascii"',
    '',
    '#!/bin/bash',
    `# MIG layout for the ${gpu.label}, applied on every boot: instances do not survive a reboot.`,
    'set -euo pipefail',
    "cat > /usr/local/bin/mig-layout.sh <<'EOF'",
    '#!/bin/bash',
    'set -euo pipefail',
    'nvidia-smi -mig 1',
    ...(ampere
      ? ['# Ampere in a VM may only switch MIG mode on reboot: if this fails, reboot once.']
      : []),
    'nvidia-smi mig -dci || true',
    'nvidia-smi mig -dgi || true',
    create,
    'EOF',
    'chmod +x /usr/local/bin/mig-layout.sh',
    'cat > /etc/systemd/system/mig-layout.service <<EOF',
    '[Unit]',
    'Description=Create the MIG instances before kubelet starts',
    'Before=nodeadm-run.service',
    '[Service]',
    'Type=oneshot',
    'ExecStart=/usr/local/bin/mig-layout.sh',
    '[Install]',
    'WantedBy=multi-user.target',
    'EOF',
    'systemctl enable mig-layout.service',
    '/usr/local/bin/mig-layout.sh',
    `--${BOUNDARY}--`,
    '',
  ].join('\n');
}

/**
 * Bottlerocket's device plugin runs MIG with the single strategy: one profile at its full
 * count on every GPU, from the sizes its MIG manager has tables for.
 */
export function bottlerocketMigUserData(gpu: GpuModel, devices: MigDevices): UserDataResult {
  if (!gpu.bottlerocketKey) {
    return { ok: false, reason: `Bottlerocket's MIG manager has no table for the ${gpu.label}` };
  }
  const entries = layoutEntries(devices);
  const [only, ...more] = entries;
  if (!only || more.length > 0) {
    return {
      ok: false,
      reason: 'Bottlerocket takes one profile per GPU (its device plugin runs the single strategy)',
    };
  }
  const [name, count] = only;
  const spec = profileOf(gpu, name);
  if (!spec || spec.media || spec.shape === F8_CLASSES['4g'] || count !== spec.max) {
    return {
      ok: false,
      reason: `Bottlerocket only fills a GPU with one profile at its full count; ${count} × ${name} is not one of its layouts`,
    };
  }
  return {
    ok: true,
    text: [
      '[settings.kubelet-device-plugins.nvidia]',
      'device-partitioning-strategy = "mig"',
      '',
      '[settings.kubelet-device-plugins.nvidia.mig.profile]',
      `"${gpu.bottlerocketKey}" = "${name}"`,
      '',
    ].join('\n'),
  };
}
