import { expect, test } from './support/fixtures';

test('download and copy export exactly what the YAML panel shows', async ({ page, designer }) => {
  await designer.open();
  const { name, text } = await designer.downloadYaml();
  expect(name).toBe('karpenter.yaml');
  const docs = text.split(/^---$/m);
  expect(docs).toHaveLength(7);
  // classes first, then what the MIG profile needs, then pools, each sorted by name
  const kinds = docs.map((d) => /kind: (\w+)/.exec(d)?.[1]);
  const names = docs.map((d) => /metadata:\n\s+name: ([\w.-]+)/.exec(d)?.[1]);
  expect(kinds).toEqual([
    'EC2NodeClass',
    'EC2NodeClass',
    'NodeOverlay',
    'NodePool',
    'NodePool',
    'NodePool',
    'NodePool',
  ]);
  expect(names).toEqual([
    'default',
    'gpu-al2023',
    'batch-p5.48xlarge',
    'batch',
    'general',
    'gpu-ondemand',
    'gpu-spot',
  ]);
  for (const doc of docs) expect(doc.trimStart()).toMatch(/^apiVersion: .+\nkind: .+\nmetadata:/);

  await page.getByTestId('export-copy').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);

  // the panel shows the same text, line for line, from the top
  const panelHead = await designer.yamlText();
  expect(text.startsWith(panelHead.split('\n').slice(0, 10).join('\n'))).toBe(true);
});

test('downloading a design with errors asks first and says how many', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.select('gpu-al2023');
  await page.keyboard.press('Delete');

  await page.getByTestId('export-download').click();
  const dialog = page.getByTestId('confirm-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('3 errors');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.getByTestId('export-download').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download anyway' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('karpenter.yaml');
});
