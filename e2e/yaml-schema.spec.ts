import { expect, test, type Page } from '@playwright/test';
import { Designer } from './support/designer';

async function editor(page: Page) {
  const panel = page.getByTestId('yaml-panel');
  await expect(panel.locator('.monaco-editor')).toBeVisible();
  await panel.locator('.view-lines').click();
  return panel;
}

/** Pastes into the focused editor, as a person pastes a snippet (no auto-indent on each line). */
async function paste(page: Page, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('Control+v');
}

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
}) => {
  const designer = new Designer(page);
  await designer.open();
  const panel = await editor(page);
  await page.keyboard.press('Control+End');
  await paste(page, pool('  weigth: 10\n'));

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

test('completion offers the consolidation policies, typed key by key', async ({ page }) => {
  const designer = new Designer(page);
  await designer.open();
  const panel = await editor(page);
  await page.keyboard.press('Control+End');
  await paste(page, pool());

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
