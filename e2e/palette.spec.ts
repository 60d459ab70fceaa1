import { expect, test } from './support/fixtures';

test('dragging each palette entry creates that resource where it is dropped', async ({
  designer,
}) => {
  await designer.openEmpty();
  const paneBox = await designer.pane.boundingBox();
  if (!paneBox) throw new Error('no canvas');

  const drops = [
    { testId: 'palette-nodepool', type: 'nodePool', name: 'nodepool-1', at: { x: 340, y: 140 } },
    {
      testId: 'palette-ec2nodeclass',
      type: 'ec2NodeClass',
      name: 'ec2nodeclass-1',
      at: { x: 600, y: 300 },
    },
    {
      testId: 'palette-migprofile',
      type: 'migProfile',
      name: 'migprofile-1',
      at: { x: 300, y: 460 },
    },
  ] as const;
  for (const drop of drops) {
    await designer.dragFromPalette(drop.testId, drop.at);
    const node = designer.node(drop.name, drop.type);
    await expect(node).toBeVisible();
    const box = await node.boundingBox();
    if (!box) throw new Error('node not rendered');
    // the drop point lies inside the new node
    const x = paneBox.x + drop.at.x;
    const y = paneBox.y + drop.at.y;
    expect(x).toBeGreaterThan(box.x);
    expect(x).toBeLessThan(box.x + box.width);
    expect(y).toBeGreaterThan(box.y);
    expect(y).toBeLessThan(box.y + box.height);
  }
  // The YAML panel's header counts the new pool's document as the text shows it.
  const panel = designer.page.getByTestId('yaml-panel');
  const documents = Number(await panel.getAttribute('data-document-count'));
  await designer.dragFromPalette('palette-nodepool', { x: 560, y: 560 });
  await expect(designer.node('nodepool-2', 'nodePool')).toBeVisible();
  await expect(panel).toHaveAttribute('data-document-count', String(documents + 1));
  await expect(panel.locator('.yaml-panel__stats')).toContainText(`${documents + 1} documents`);
});

test('click or Enter on a palette entry adds one in view', async ({ page, designer }) => {
  await designer.openEmpty();
  await page.getByTestId('palette-ec2nodeclass').click();
  await expect(designer.node('ec2nodeclass-1', 'ec2NodeClass')).toBeInViewport();
  await page.getByTestId('palette-nodepool').focus();
  await page.keyboard.press('Enter');
  await expect(designer.node('nodepool-1', 'nodePool')).toBeInViewport();
  // the new pool is wired to the only class at once
  await expect(designer.edges()).toHaveCount(1);
});
