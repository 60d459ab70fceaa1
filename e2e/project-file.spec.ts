import { type Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { readFile, writeFile } from 'node:fs/promises';
import type { NodePoolResource, Resource } from '../src/domain/design/types';
import { MAX_PROJECT_BYTES, projectFileText } from '../src/domain/share/projectFile';
import { designOf, nodeClass, nodePool } from '../test/fixtures/fixtures';
import { Designer } from './support/designer';

test('a saved project file opens again in a fresh browser, layout and name included', async ({
  page,
  browser,
}) => {
  const designer = new Designer(page);
  await designer.open();
  await page.getByTestId('design-name').fill('GPU platform');
  await page.getByTestId('design-name').press('Enter');
  await designer.rename('general', 'web');
  const start = await designer.flowPosition('web');
  const box = await designer.node('web').boundingBox();
  if (!box) throw new Error('no node');
  await page.mouse.move(box.x + 30, box.y + 12);
  await page.mouse.down();
  await page.mouse.move(box.x + 190, box.y + 102, { steps: 6 });
  await page.mouse.up();
  const before = await designer.flowPosition('web');
  expect(before).not.toEqual(start);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('save-project-file').click(),
  ]);
  expect(download.suggestedFilename()).toBe('GPU-platform.nodepool.json');
  const path = await download.path();

  const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const colleague = new Designer(await other.newPage());
  // Waiting starts first: Playwright takes over the picker asynchronously, so a chooser opened
  // by the very next key press could otherwise slip past it.
  const chooser = colleague.page.waitForEvent('filechooser');
  await colleague.open();
  // Ctrl+O opens the file picker wherever the focus is, as in every editor
  await colleague.page.keyboard.press('Control+o');
  await (await chooser).setFiles(path);
  await expect(colleague.page.getByTestId('design-name')).toHaveValue('GPU platform');
  await expect(colleague.node('web')).toHaveCount(1);
  await expect(colleague.page.getByText('Opened “GPU platform”')).toBeVisible();
  // the layout came along: every node where it was
  expect(await colleague.flowPosition('web')).toEqual(before);
  await other.close();
});

test('a broken, foreign or hostile project file says why and changes nothing', async ({
  page,
}, testInfo) => {
  const designer = new Designer(page);
  page.on('dialog', () => {
    throw new Error('a file made the page open a dialog');
  });
  await designer.open();
  await designer.rename('general', 'untouched');
  await designer.openStartScreen();
  const input = page.getByTestId('open-project-file');

  const yamlFile = testInfo.outputPath('pools.yaml');
  await writeFile(yamlFile, 'apiVersion: karpenter.sh/v1\nkind: NodePool\n');
  await input.setInputFiles(yamlFile);
  await expect(page.getByText('“pools.yaml” could not be opened: it is YAML')).toBeVisible();

  await input.setInputFiles({
    name: 'newer.nodepool.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'nodepool-designer', version: 99, design: {} })),
  });
  await expect(
    page.getByText(/newer\.nodepool\.json” could not be opened: it was saved by a newer version/),
  ).toBeVisible();

  await input.setInputFiles({
    name: 'deep.nodepool.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      `{"version":2,"design":{"resources":{}},"x":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
    ),
  });
  await expect(
    page.getByText(/deep\.nodepool\.json” could not be opened: it nests deeper/),
  ).toBeVisible();
  await expect(designer.node('untouched')).toHaveCount(1);

  // script in names stays text
  const hostile = '<img src=x onerror="document.title=`pwned`">';
  await page.getByTestId('start-screen').getByRole('button', { name: 'Close' }).click();
  await designer.rename('untouched', 'hostile-pool');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('save-project-file').click(),
  ]);
  const text = (await readFile(await download.path(), 'utf8')).replace(
    '"Example design"',
    JSON.stringify(hostile),
  );
  await designer.openStartScreen();
  await input.setInputFiles({
    name: 'hostile.nodepool.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByTestId('design-name')).toHaveValue(hostile);
  await designer.openStartScreen();
  await expect(page.getByTestId('design-entry').filter({ hasText: hostile })).toHaveCount(1);
  expect(await page.title()).not.toBe('pwned');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('a large design saves and opens again whole', async ({ page }) => {
  // Each open of 2,000 resources takes a few seconds, several more on a busy 2-core box.
  test.setTimeout(60_000);
  // 200 EC2NodeClasses and 1,800 NodePools, written by the app's own code; each pool tainted
  // for its own team, as real ones are, so that problems stay few
  const resources: Resource[] = [];
  for (let c = 0; c < 200; c++) {
    resources.push(at(nodeClass(`class-${c}`), resources.length));
    for (let p = 0; p < 9; p++)
      resources.push(at(teamPool(`pool-${c}-${p}`, `class-${c}`), resources.length));
  }
  const designer = new Designer(page);
  await designer.open();
  await designer.openStartScreen();
  const input = page.getByTestId('open-project-file');
  await input.setInputFiles({
    name: 'large.nodepool.json',
    mimeType: 'application/json',
    buffer: Buffer.from(projectFileText(designOf(...resources), 'Large design')),
  });
  await expectOpened(page, 'Large design', 2000);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('save-project-file').click(),
  ]);
  const saved = await readFile(await download.path());
  expect(saved.length).toBeLessThan(MAX_PROJECT_BYTES);
  // one line a resource, not one a key: 2,000 resources pretty-printed were 150,000 lines
  expect(saved.toString('utf8').split('\n').length).toBeLessThan(2020);

  await designer.openStartScreen();
  await input.setInputFiles({
    name: 'Large-design.nodepool.json',
    mimeType: 'application/json',
    buffer: saved,
  });
  await expectOpened(page, 'Large design (2)', 2000);
});

/** The design open is `name` with `count` resources (the notice saying so may be gone by now). */
async function expectOpened(page: Page, name: string, count: number): Promise<void> {
  await expect(page.getByTestId('design-name')).toHaveValue(name, { timeout: 15_000 });
  await expect(page.getByTestId('yaml-panel')).toHaveAttribute(
    'data-document-count',
    String(count),
    { timeout: 15_000 },
  );
}

function teamPool(name: string, className: string): NodePoolResource {
  const pool = nodePool(name, className);
  const { spec } = pool.manifest;
  const taints = [{ key: 'example.com/team', value: name, effect: 'NoSchedule' as const }];
  const template = { ...spec.template, spec: { ...spec.template.spec, taints } };
  return { ...pool, manifest: { ...pool.manifest, spec: { ...spec, template } } };
}

/** The `index`th resource's place on a grid, so the canvas draws them apart. */
function at<R extends Resource>(resource: R, index: number): R {
  return { ...resource, position: { x: (index % 50) * 260, y: Math.floor(index / 50) * 140 } };
}
