import { expect, test } from '@playwright/test';
import { Designer } from './support/designer';

test('opens on the example design: three GPU pools fan in on one class', async ({ page }) => {
  const designer = new Designer(page);
  await designer.open();
  for (const name of ['gpu-spot', 'gpu-ondemand', 'batch', 'general']) {
    await expect(designer.node(name, 'nodePool')).toBeVisible();
  }
  await expect(designer.node('gpu-al2023', 'ec2NodeClass')).toBeVisible();
  await expect(designer.node('default', 'ec2NodeClass')).toBeVisible();
  await expect(designer.nodes('migProfile')).toHaveCount(1);
  // four nodeClassRef edges and one MIG attachment
  await expect(page.locator('.react-flow__edge.edge--nodeClassRef')).toHaveCount(4);
  await expect(page.locator('.react-flow__edge.edge--migProfile')).toHaveCount(1);
  await expect(page.getByTestId('problems').getByTestId('problem')).toHaveCount(0);
});

test('selecting a node reveals its document in the YAML panel', async ({ page }) => {
  const designer = new Designer(page);
  await designer.open();
  await designer.select('general');
  await expect(page.getByTestId('yaml-panel').locator('.view-lines')).toContainText(
    'name: general',
  );
});
