import { type Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { Designer } from './support/designer';

/** Displays as `reportexe.txt` where nothing isolates it, and reorders whatever follows. */
const RLO_NAME = 'report\u202Etxt.exe';

/** Whether the element holding the text, or one around it up to `limit`, isolates it. */
async function isolates(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      if (e.tagName === 'BDI' || getComputedStyle(e).unicodeBidi === 'isolate') return true;
      if (e.matches('li, [data-testid="notice"], .react-flow__node')) return false;
    }
    return false;
  });
}

test('a name with a right-to-left override is shown isolated on the canvas, in problems and on the start screen', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.rename('general', RLO_NAME);

  const card = designer.node(RLO_NAME).locator('.resource-card__name');
  await expect(card).toHaveText(RLO_NAME);
  expect(await card.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');

  // the problems row quotes the name in its message and names it after the kind
  const row = page.getByTestId('problem').filter({ hasText: RLO_NAME }).first();
  const quoted = row.locator('bdi', { hasText: RLO_NAME });
  await expect(quoted.first()).toBeVisible();
  for (const bdi of await quoted.all()) expect(await isolates(bdi)).toBe(true);

  await page.getByTestId('design-name').fill(`Q4 ${RLO_NAME}`);
  await page.getByTestId('design-name').press('Enter');
  expect(await page.title()).toBe(`\u2068Q4 ${RLO_NAME}\u2069 — NodePool Designer`);
  await designer.openStartScreen();
  const entry = page
    .getByTestId('design-entry')
    .filter({ hasText: `Q4 ${RLO_NAME}` })
    .locator('.start__design-name');
  await expect(entry).toHaveText(`Q4 ${RLO_NAME}`);
  expect(await isolates(entry)).toBe(true);
});

test('a 5,000-character name is cut short in the inspector header and the problems rows', async ({
  page,
}, testInfo) => {
  const designer = new Designer(page);
  await designer.open();
  const long = `gpu-${'n'.repeat(4996)}`;
  await designer.select('general');
  await designer.nameField.fill(long);

  const header = page.getByTestId('inspector').locator('.insp-title');
  await expect(header).toHaveAttribute('title', long);
  // two lines of 14 px type, not 140
  expect((await header.boundingBox())?.height).toBeLessThan(48);
  const own = page.getByTestId('inspector').locator('.insp-problems');
  await expect(own).toContainText('must be at most 253 characters');
  expect(await own.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await page
    .getByTestId('inspector')
    .screenshot({ path: testInfo.outputPath('inspector-long-name.png') });

  const problems = page.getByTestId('problems');
  const rows = problems.getByTestId('problem').filter({ hasText: 'gpu-nnnn' });
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    const { scrollWidth, clientWidth } = await row.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect((await row.boundingBox())?.height).toBeLessThan(80);
  }
  const list = problems.locator('.problems__list');
  expect(await list.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await problems.screenshot({ path: testInfo.outputPath('problems-long-name.png') });
});
