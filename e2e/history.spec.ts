import { expect, test } from './support/fixtures';
import { EXAMPLE } from './support/example';

test('undo and redo cover adding, renaming and deleting', async ({ page, designer }) => {
  await designer.open();
  await designer.dragFromPalette('palette-nodepool', { x: 300, y: 80 });
  await expect(designer.node('nodepool-1')).toBeVisible();

  await designer.rename('nodepool-1', 'spot-arm');
  await expect(designer.node('spot-arm')).toBeVisible();
  // the whole typing burst is one step
  await page.getByTestId('undo').click();
  await expect(designer.node('nodepool-1')).toBeVisible();
  await page.getByTestId('redo').click();
  await expect(designer.node('spot-arm')).toBeVisible();

  await designer.node('spot-arm').locator('.resource-card__name').click();
  await page.keyboard.press('Backspace');
  await expect(designer.node('spot-arm')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(designer.node('spot-arm')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(designer.node('spot-arm')).toHaveCount(0);
});

test('typing in the name field never deletes the node', async ({ designer }) => {
  await designer.open();
  await designer.select('general');
  await designer.nameField.press('End');
  await designer.nameField.press('Backspace');
  await expect(designer.nameField).toHaveValue('genera');
  await expect(designer.node('genera')).toBeVisible();
});

test('a drag is one undo step', async ({ page, designer }) => {
  await designer.open();
  const node = designer.node('general');
  const before = await node.boundingBox();
  if (!before) throw new Error('not visible');
  await page.mouse.move(before.x + 60, before.y + 12);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(before.x + 60 + i * 15, before.y + 12 + i * 5);
  await page.mouse.up();
  const after = await node.boundingBox();
  expect(after?.x).toBeGreaterThan(before.x + 100);
  await page.getByTestId('undo').click();
  await expect.poll(async () => (await node.boundingBox())?.x).toBeCloseTo(before.x, 0);
});

test('New starts another design and the open one stays in the list as it was', async ({
  page,
  designer,
}) => {
  await designer.open();
  await page.getByTestId('design-name').fill('prod-cluster');
  await page.getByTestId('design-name').press('Enter');
  await designer.rename('general', 'general-edited');
  await page.getByTestId('new-design').click();
  await expect(designer.allNodes).toHaveCount(0);
  await expect(page.getByText('An empty design')).toBeVisible();
  await expect(page.getByTestId('design-name')).toHaveValue('Untitled design');
  // New is never disabled, not even on an empty design
  await expect(page.getByTestId('new-design')).toBeEnabled();

  await page.reload();
  await designer.openStartScreen();
  const prod = page.getByTestId('design-entry').filter({ hasText: 'prod-cluster' });
  await expect(prod).toContainText('4 NodePools');
  await prod.locator('.start__design-name').click();
  await expect(designer.node('general-edited')).toHaveCount(1);
  await expect(designer.allNodes).toHaveCount(EXAMPLE.nodes);
});

test('auto layout rearranges the design in one undo step', async ({ page, designer }) => {
  await designer.open();
  const node = designer.node('general');
  const before = await node.boundingBox();
  await page.getByTestId('auto-layout').click();
  await expect
    .poll(async () => JSON.stringify(await node.boundingBox()))
    .not.toBe(JSON.stringify(before));
  // pools stay left of the classes they reference
  const pool = await designer.node('gpu-spot').boundingBox();
  const nodeClass = await designer.node('gpu-al2023').boundingBox();
  expect(pool?.x).toBeLessThan(nodeClass?.x ?? 0);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('undo')).toBeDisabled();
});
