import { expect, test } from './support/fixtures';

test.use({ colorScheme: 'dark' });

test('the theme follows the system until the user picks one, and the pick is remembered', async ({
  page,
  designer,
}) => {
  await designer.open();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.getByTestId('theme').selectOption('light');
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
    darkBackground,
  );
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');

  await page.getByTestId('theme').selectOption('system');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
});
