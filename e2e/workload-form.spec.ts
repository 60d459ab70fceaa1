import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';

/** Adds a workload from the palette and selects it. */
async function addWorkload(page: Page): Promise<void> {
  await page.getByTestId('palette-workload').click();
  const card = page.locator('.react-flow__node-workload').first();
  await expect(card).toBeVisible();
  await card.locator('.resource-card__name').click();
  await expect(page.getByTestId('inspector').locator('.insp-kind--workload')).toBeVisible();
}

test('a GPU request and a toleration set in the inspector show in the YAML', async ({
  page,
  designer,
}) => {
  await designer.openEmpty();
  await addWorkload(page);
  const inspector = page.getByTestId('inspector');

  await inspector.getByLabel('Add a resource to container 1').selectOption('nvidia.com/gpu');
  const gpuLimit = inspector.getByLabel('Limit of nvidia.com/gpu in container 1');
  await expect(gpuLimit).toHaveValue('1');
  await gpuLimit.fill('2');

  await inspector.getByRole('button', { name: 'Add toleration' }).click();
  await inspector.getByLabel('Key of toleration 1').fill('nvidia.com/gpu');
  await inspector.getByLabel('Operator of toleration 1').selectOption('Exists');

  const yaml = await designer.yamlText();
  expect(yaml).toContain('nvidia.com/gpu: 2');
  expect(yaml).toMatch(/- effect: NoSchedule\s+key: nvidia.com\/gpu\s+operator: Exists/);

  // A request above its limit is flagged where it is typed, and listed with the workload's
  // problems at the top of the form and in the Problems panel (the API server refuses it).
  await inspector.getByLabel('Request of nvidia.com/gpu in container 1').fill('3');
  await expect(inspector.getByText('the request must equal the limit')).toHaveCount(2);
  await inspector.getByLabel('Request of cpu in container 1').fill('lots');
  await expect(inspector.getByText('Request: not a quantity')).toBeVisible();
  await expect(
    page.getByTestId('problem').filter({ hasText: 'requests cpu "lots" is refused' }),
  ).toHaveCount(1);
});

test('one drag of the replicas slider is one undo step', async ({ page, designer }) => {
  await designer.openEmpty();
  await addWorkload(page);
  const inspector = page.getByTestId('inspector');
  const replicas = inspector.getByLabel('Replicas', { exact: true });
  await expect(replicas).toHaveValue('1');

  await expect(page.getByTestId('workload-verdict')).not.toHaveText('planning…');
  const slider = inspector.getByTestId('replicas-slider');
  const box = await slider.boundingBox();
  if (!box) throw new Error('the slider is not on screen');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 4, y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step += 1)
    await page.mouse.move(box.x + (box.width * step * 0.7) / 10, y);
  await page.mouse.up();
  const dragged = Number(await replicas.inputValue());
  expect(dragged).toBeGreaterThan(5);
  expect(await designer.yamlText()).toContain(`replicas: ${dragged}`);

  await page.getByTestId('undo').click();
  await expect(replicas).toHaveValue('1');
  // The workload itself is still there: the drag was one step of its own.
  await expect(page.locator('.react-flow__node-workload')).toHaveCount(1);
});

test('the design’s MIG devices and pool labels are offered', async ({ page, designer }) => {
  await designer.open();
  await addWorkload(page);
  const inspector = page.getByTestId('inspector');
  const add = inspector.getByLabel('Add a resource to container 1');
  await expect(add.locator('option[value="nvidia.com/mig-1g.10gb"]')).toHaveCount(1);

  await inspector.getByRole('button', { name: 'Add node selector label' }).click();
  const key = inspector.getByLabel('Label of node selector label 1');
  const listId = await key.getAttribute('list');
  const offered = page.locator(`datalist[id="${listId}"] option`);
  await expect(offered.first()).toHaveAttribute('value', /.+/);
  await expect(
    page.locator(`datalist[id="${listId}"] option[value="karpenter.sh/nodepool"]`),
  ).toHaveCount(1);
  await key.fill('karpenter.sh/nodepool');
  const value = inspector.getByLabel('Value of node selector label 1');
  const valuesId = await value.getAttribute('list');
  await expect(page.locator(`datalist[id="${valuesId}"] option[value="gpu-spot"]`)).toHaveCount(1);
});
