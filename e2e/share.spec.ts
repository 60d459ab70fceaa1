import { expect, test } from './support/fixtures';
import { bombFragment } from '../test/support/deflateBomb';
import { Designer } from './support/designer';

test('a share link opens the same design read-only in a fresh browser, until it is copied', async ({
  page,
  browser,
}) => {
  const designer = new Designer(page);
  await designer.open();
  await designer.rename('general', 'web-shared');
  await page.getByTestId('share-link').click();
  const url = await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toMatch(/#design=[A-Za-z0-9_-]+$/)
    .then(() => page.evaluate(() => navigator.clipboard.readText()));

  // Another machine: a new context has none of this one's saved state.
  const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const visitor = new Designer(await other.newPage());
  await visitor.page.goto(url);
  await expect(visitor.page.getByTestId('shared-banner')).toContainText('read-only');
  for (const name of ['web-shared', 'batch', 'gpu-al2023', 'h100-balanced']) {
    await expect(visitor.node(name)).toHaveCount(1);
  }
  await visitor.select('web-shared');
  await expect(visitor.nameField).toBeDisabled();
  await expect(visitor.page.getByTestId('palette-nodepool')).toBeDisabled();
  // reading about a field is what a read-only visitor can still do
  await visitor.page.getByTestId('inspector').getByTestId('learn-hint').first().click();
  await expect(visitor.page.getByTestId('learn-entry')).toBeVisible();
  await visitor.page.getByRole('button', { name: 'Close the learn panel' }).click();

  await visitor.page.getByTestId('make-copy').click();
  await expect(visitor.page.getByTestId('shared-banner')).toHaveCount(0);
  await expect(visitor.nameField).toBeEnabled();
  await visitor.nameField.fill('mine-now');
  await expect(visitor.node('mine-now')).toHaveCount(1);
  // the copy is the visitor's own now: it survives a reload, the link is gone from the address
  expect(visitor.page.url()).not.toContain('#design=');
  await visitor.page.reload();
  await expect(visitor.node('mine-now')).toHaveCount(1);
  await other.close();
});

test('a damaged or hand-made link opens with a message and the visitor own design', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.rename('general', 'my-own');
  await page.goto('/#design=not%20a%20design<script>');
  await expect(page.getByText('This shared link could not be opened')).toBeVisible();
  await expect(designer.node('my-own')).toHaveCount(1);
  await expect(page.getByTestId('shared-banner')).toHaveCount(0);
});

test('a deflate-bomb link is refused at once, and the visitor keeps their own design', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.rename('general', 'my-own');
  // 200 MB of zeros in a 200 KB link. The unit tests show the inflater stops within the first
  // few KB; a 1 GB link is not tried here, as Chrome alone takes seconds over a 1 MB URL.
  const bomb = bombFragment(200);
  await page.goto('about:blank');
  await page.goto(`/#${bomb}`);
  await expect(
    page.getByText(
      'This shared link could not be opened: it unpacks to more than any design needs.',
    ),
  ).toBeVisible();
  await expect(designer.node('my-own')).toHaveCount(1);
  await expect(page.getByTestId('shared-banner')).toHaveCount(0);
  expect(page.url()).not.toContain('#design=');
  await page.reload();
  await expect(designer.node('my-own')).toHaveCount(1);
});
