import { expect, test } from './support/fixtures';

/** A NodePool document, with `extra` lines at the top of its spec. */
const pool = (extra = '') => `---
apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: typed-pool
spec:
${extra}  disruption:
    consolidateAfter: 30s
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements: []
`;

test('an unknown field typed into a NodePool is marked with what the schema allows', async ({
  page,
  designer,
}) => {
  await designer.open();
  const panel = await designer.yamlEditor();
  await page.keyboard.press('Control+End');
  await designer.paste(pool('  weigth: 10\n'));

  const field = panel.locator('.view-line span', { hasText: /^weigth$/ });
  const hover = page.locator('.monaco-hover:not(.hidden)');
  // A hover shows the markers there when it opens: open it again until both have arrived.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await field.hover();
    // the language service's marker (the schema), and the validation engine's
    await expect(hover).toContainText('Property weigth is not allowed.', { timeout: 1000 });
    await expect(hover).toContainText('is not a known field', { timeout: 1000 });
  }).toPass();
});

test('completion offers the consolidation policies, typed key by key', async ({
  page,
  designer,
}) => {
  await designer.open();
  const panel = await designer.yamlEditor();
  await page.keyboard.press('Control+End');
  await designer.paste(pool());

  await panel
    .locator('.view-line span', { hasText: /^consolidateAfter$/ })
    .last()
    .click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('consolidationPolicy: ');
  const suggestions = page.locator('.suggest-widget.visible');
  await expect(suggestions).toContainText('WhenEmptyOrUnderutilized');
  await suggestions.locator('.monaco-list-row', { hasText: /^WhenEmpty$/ }).click();
  await expect(panel.locator('.view-lines')).toContainText('consolidationPolicy: WhenEmpty');
  await page.getByTestId('palette-nodepool').focus();
  const { text } = await designer.downloadYaml();
  expect(text).toMatch(/consolidateAfter: 30s\n {4}consolidationPolicy: WhenEmpty\n/);
});
