import { describe, expect, it } from 'vitest';
import { gpuOf } from '../../../test/fixtures/fixtures';
import { al2023MigUserData, bottlerocketMigUserData, createInstancesArgument } from './migUserData';

describe('MIG through EC2NodeClass userData', () => {
  const h100 = gpuOf('h100-80gb');

  it('creates instances largest first, one name per instance', () => {
    expect(createInstancesArgument(h100, { '1g.10gb': 2, '3g.40gb': 1, '2g.20gb': 1 })).toBe(
      '3g.40gb,2g.20gb,1g.10gb,1g.10gb',
    );
  });

  it('AL2023: a MIME shell part that enables MIG and recreates the instances on every boot', () => {
    const text = al2023MigUserData(h100, { '3g.40gb': 2 });
    expect(text).toMatch(/^MIME-Version: 1.0\nContent-Type: multipart\/mixed; boundary="MIG"/);
    expect(text).toContain('Content-Type: text/x-shellscript');
    expect(text).toContain('nvidia-smi -mig 1');
    expect(text).toContain('nvidia-smi mig -cgi 3g.40gb,3g.40gb -C');
    expect(text).toContain('Before=nodeadm-run.service');
    expect(text).toContain('systemctl enable mig-layout.service');
    expect(text.trimEnd().endsWith('--MIG--')).toBe(true);
  });

  it('Bottlerocket: one profile at its full count, under the key its MIG manager knows', () => {
    expect(bottlerocketMigUserData(h100, { '1g.10gb': 7 })).toEqual({
      ok: true,
      text: '[settings.kubelet-device-plugins.nvidia]\ndevice-partitioning-strategy = "mig"\n\n[settings.kubelet-device-plugins.nvidia.mig.profile]\n"h100.80gb" = "1g.10gb"\n',
    });
  });

  it('Bottlerocket refuses mixes, partial fills, media profiles and GPUs it has no table for', () => {
    expect(bottlerocketMigUserData(h100, { '3g.40gb': 1, '1g.10gb': 1 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('one profile per GPU') as unknown,
    });
    expect(bottlerocketMigUserData(h100, { '1g.10gb': 3 })).toMatchObject({ ok: false });
    expect(bottlerocketMigUserData(h100, { '1g.10gb+me': 1 })).toMatchObject({ ok: false });
    expect(bottlerocketMigUserData(h100, { '4g.40gb': 1 })).toMatchObject({ ok: false });
    expect(bottlerocketMigUserData(gpuOf('a30-24gb'), { '1g.6gb': 4 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no table') as unknown,
    });
  });
});
