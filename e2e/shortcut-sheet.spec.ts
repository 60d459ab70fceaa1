import { expect, test } from './support/fixtures';

test('? opens the shortcut sheet, Escape closes it, and ? typed into a field is just text', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.pane.click({ position: { x: 600, y: 40 } });
  await page.keyboard.press('?');
  const sheet = page.getByTestId('shortcut-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Undo');
  await expect(sheet).toContainText('Ctrl+Z');
  await expect(sheet).toContainText('Download YAML');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await designer.select('general');
  await designer.nameField.press('End');
  await designer.nameField.pressSequentially('?');
  await expect(designer.nameField).toHaveValue('general?');
  await expect(sheet).toBeHidden();
});
