import { expect, test } from './support/fixtures';

test('a field explains itself on hover and in the learn panel, with a link to the docs', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.select('gpu-spot');
  const hint = page.getByTestId('inspector').getByRole('button', { name: /^About .*weight/i });
  await expect(hint).toHaveAttribute('title', /.{20,}/);
  await hint.click();
  const panel = page.getByTestId('learn-panel');
  const entry = panel.getByTestId('learn-entry');
  await expect(entry.getByRole('heading')).toContainText(/weight/i);
  await expect(entry).toContainText('Common mistake');
  await expect(entry.getByRole('link')).toHaveAttribute('href', /^https:\/\/karpenter\.sh\/docs\//);
  // the mental model is right there, whatever entry is open
  await expect(panel).toContainText('One class per pool, many pools per class');

  await panel.getByRole('searchbox').fill('taint');
  await expect(panel.getByRole('button', { name: /taint/i }).first()).toBeVisible();
  await panel.getByRole('button', { name: /taint/i }).first().click();
  await expect(entry.getByRole('heading')).toContainText(/taint/i);

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await page.getByTestId('toggle-learn').click();
  await expect(panel.locator('.learn__model li.is-current')).toContainText(
    'A NodePool is what nodes you want',
  );
});

test('a section title hint opens its explanation without folding the section', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.select('gpu-spot');
  const section = page
    .getByTestId('inspector')
    .locator('details', { hasText: 'Disruption' })
    .first();
  const open = await section.evaluate((d) => (d as HTMLDetailsElement).open);
  await section.locator('summary').getByTestId('learn-hint').click();
  await expect(page.getByTestId('learn-entry')).toBeVisible();
  expect(await section.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(open);
});

test('canvas nodes and connections say what they are on hover', async ({ designer }) => {
  await designer.open();
  const kind = designer.node('gpu-al2023').locator('.resource-card__kind span').first();
  await expect(kind).toHaveAttribute('title', /AMI|how/i);
  const ref = designer.edges('nodeClassRef').locator('title').first();
  await expect(ref).toHaveText(/nodeClassRef/);
  const mig = designer.edges('migProfile').locator('title').first();
  await expect(mig).toHaveText(/MIG/);
});
