import { expect, test } from './support/fixtures';

test('opens on the example design: three GPU pools fan in on one class', async ({
  page,
  designer,
}) => {
  await designer.open();
  for (const name of ['gpu-spot', 'gpu-ondemand', 'batch', 'general']) {
    await expect(designer.node(name, 'nodePool')).toBeVisible();
  }
  await expect(designer.node('gpu-al2023', 'ec2NodeClass')).toBeVisible();
  await expect(designer.node('default', 'ec2NodeClass')).toBeVisible();
  await expect(designer.nodes('migProfile')).toHaveCount(1);
  // four nodeClassRef edges and one MIG attachment
  await expect(designer.edges('nodeClassRef')).toHaveCount(4);
  await expect(designer.edges('migProfile')).toHaveCount(1);
  await expect(page.getByTestId('problems').getByTestId('problem')).toHaveCount(0);
});

test('selecting a node reveals its document in the YAML panel', async ({ page, designer }) => {
  await designer.open();
  await designer.select('general');
  await expect(page.getByTestId('yaml-panel').locator('.view-lines')).toContainText(
    'name: general',
  );
});
