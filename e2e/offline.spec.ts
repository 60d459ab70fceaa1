import { expect, test } from './support/fixtures';
import { minimal } from '../src/domain/templates/minimal';

// The only spec with the service worker on: the others must not share a cache between tests.
test.use({ serviceWorkers: 'allow' });

test('after a first visit the app opens and works without a network', async ({
  page,
  context,
  designer,
}) => {
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
  await designer.openStartScreen();
  await page.getByTestId('template-card').first().getByTestId('use-template').click();
  await expect(page.getByTestId('design-name')).toHaveValue('Minimal');
  await page.getByTestId('auto-layout').click();
  await expect(designer.allNodes).toHaveCount(Object.keys(minimal.build().resources).length);
});
