import { expect, test } from './support/fixtures';
import { parseAllDocuments } from 'yaml';

interface Manifest {
  kind: string;
  metadata: { name: string };
  spec: Record<string, unknown> & { template?: { spec: Record<string, unknown> } };
}

function manifest(text: string, kind: string, name: string): Manifest {
  const found = parseAllDocuments(text)
    .map((document) => document.toJS() as Manifest)
    .find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in the download`);
  return found;
}

test('kubelet, block device, user data and startup taint edits reach the downloaded YAML', async ({
  page,
  designer,
}) => {
  await designer.open();
  const inspector = page.getByTestId('inspector');

  await designer.select('gpu-al2023');
  // Kubelet starts closed, and its fields load when it is first opened.
  await inspector.locator('summary', { hasText: 'Kubelet' }).click();
  await inspector.getByLabel('Max pods').fill('110');
  await inspector.getByLabel('Size of block device 1').fill('300Gi');
  await inspector.locator('summary', { hasText: 'User data' }).click();
  const editor = inspector.getByRole('textbox', { name: 'User data' });
  await editor.focus();
  await page.keyboard.type('#!/bin/bash\necho "hello from user data"');
  await expect(inspector.locator('.insp-code')).toHaveAttribute('data-language', 'shell');

  await designer.select('gpu-spot');
  await inspector.locator('summary', { hasText: 'Startup taints' }).click();
  await inspector.getByRole('button', { name: 'Add startup taint' }).click();
  await inspector.getByLabel('Key of startup taint 1').fill('node.cilium.io/agent-not-ready');
  await inspector.getByLabel('Effect of startup taint 1').selectOption('NoExecute');

  await expect(
    page.getByTestId('problem').and(page.locator('[data-severity="error"]')),
  ).toHaveCount(0);
  const { text } = await designer.downloadYaml();

  const nodeClass = manifest(text, 'EC2NodeClass', 'gpu-al2023');
  expect(nodeClass.spec.kubelet).toEqual({ maxPods: 110 });
  expect(nodeClass.spec.blockDeviceMappings).toEqual([
    expect.objectContaining({
      deviceName: '/dev/xvda',
      ebs: expect.objectContaining({ volumeSize: '300Gi', volumeType: 'gp3' }),
    }),
  ]);
  expect(nodeClass.spec.userData).toBe('#!/bin/bash\necho "hello from user data"');

  const pool = manifest(text, 'NodePool', 'gpu-spot');
  expect(pool.spec.template?.spec.startupTaints).toEqual([
    { key: 'node.cilium.io/agent-not-ready', effect: 'NoExecute' },
  ]);
  // the taints list is its own: the GPU taint is still the only one
  expect(pool.spec.template?.spec.taints).toEqual([
    { key: 'nvidia.com/gpu', effect: 'NoSchedule' },
  ]);
});
