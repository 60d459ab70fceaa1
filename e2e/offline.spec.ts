import { expect, test } from '@playwright/test';
import { Designer } from './support/designer';

// The only spec with the service worker on: the others must not share a cache between tests.
test.use({ serviceWorkers: 'allow' });

test('after a first visit the app opens and works without a network', async ({ page, context }) => {
  const designer = new Designer(page);
  await designer.open();
  await expect(page.getByText('it opens without a network from here on')).toBeVisible({
    timeout: 20_000,
  });
  await designer.rename('general', 'made-online');

  await context.setOffline(true);
  await page.reload();
  await expect(designer.node('made-online')).toHaveCount(1);
  // the lazy parts came from the cache too: the YAML panel's editor, the start screen, pictures
  await expect(page.getByTestId('yaml-panel').locator('.monaco-editor')).toBeVisible();
  expect(await designer.yamlText()).toContain('kind: EC2NodeClass');
  await page.getByTestId('open-start-screen').click();
  await page.getByTestId('template-card').first().getByTestId('use-template').click();
  await expect(page.getByTestId('design-name')).toHaveValue('Minimal');
  await page.getByTestId('auto-layout').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
});
