import { type Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { readFile } from 'node:fs/promises';
import { Designer } from './support/designer';

/**
 * Resource ids are whatever a project file, link or saved value says. These are the names
 * Object.prototype answers to, and `__proto__`, which no plain object can hold as a key.
 */
const ODD_IDS = [
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'isPrototypeOf',
  '__proto__',
];

interface SavedResource {
  id: string;
  position: { x: number; y: number };
  migProfileId?: string;
  manifest?: { metadata: { name: string } };
  name?: string;
}

/** Console errors and uncaught exceptions, from the moment the page opens. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The example design saved as a project file, each resource re-keyed under one of ODD_IDS. */
async function oddIdProjectFile(
  page: Page,
): Promise<{ text: string; names: Map<string, object>; exported: string[] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('save-project-file').click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    name: string;
    design: { resources: Record<string, SavedResource> };
  };
  const saved = Object.values(file.design.resources);
  expect(saved).toHaveLength(ODD_IDS.length);
  const idOf = new Map(saved.map((r, i) => [r.id, ODD_IDS[i] ?? '']));
  // fromEntries keeps `__proto__` an own key, so JSON.stringify writes it as a file would.
  const resources = Object.fromEntries(
    saved.map((r, i) => {
      const id = idOf.get(r.id) ?? '';
      // Positions of their own, so the check below can tell a saved position from a default.
      const position = { x: 40 + 260 * (i % 4), y: 30 + 190 * Math.floor(i / 4) };
      const migProfileId = r.migProfileId ? idOf.get(r.migProfileId) : undefined;
      return [id, { ...r, id, position, ...(migProfileId ? { migProfileId } : {}) }];
    }),
  );
  const names = new Map(
    Object.values(resources).map((r) => [r.manifest?.metadata.name ?? r.name ?? '', r.position]),
  );
  const text = JSON.stringify({ ...file, name: 'Odd ids', design: { resources } });
  expect(text).toContain('"__proto__":{');
  const exported = saved.flatMap((r) => (r.manifest ? [r.manifest.metadata.name] : []));
  return { text, names, exported };
}

/** Every canvas node's transform, which must be a finite translate. */
async function transforms(page: Page): Promise<string[]> {
  return page
    .locator('.react-flow__node')
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).style.transform));
}

test('a project file whose resource ids are Object.prototype names opens, lays out and exports whole', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const designer = new Designer(page);
  await designer.open();
  const edgeCount = await designer.edges().count();
  const { text, names, exported } = await oddIdProjectFile(page);

  await designer.openStartScreen();
  await page.getByTestId('open-project-file').setInputFiles({
    name: 'odd-ids.nodepool.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByTestId('design-name')).toHaveValue('Odd ids');

  // every node drawn, at the position the file saved
  await expect(designer.allNodes).toHaveCount(ODD_IDS.length);
  for (const [name, position] of names) {
    await expect(designer.node(name)).toBeVisible();
    expect(await designer.flowPosition(name)).toEqual(position);
  }
  for (const transform of await transforms(page)) {
    expect(transform).toMatch(/^translate\(-?\d+(\.\d+)?px, ?-?\d+(\.\d+)?px\)$/);
  }
  await expect(designer.edges()).toHaveCount(edgeCount);
  expect(
    await page
      .locator('.react-flow__edge path')
      .evaluateAll(
        (paths) => paths.filter((p) => (p.getAttribute('d') ?? '').includes('NaN')).length,
      ),
  ).toBe(0);

  // Auto layout (the button, then Shift+L) moves the nodes and throws nothing
  await page.getByTestId('auto-layout').click();
  await expect.poll(async () => designer.flowPosition('general')).not.toEqual(names.get('general'));
  for (const transform of await transforms(page)) expect(transform).not.toContain('NaN');
  await designer.pane.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(async () => designer.flowPosition('general')).toEqual(names.get('general'));
  await page.keyboard.press('Shift+L');
  await expect.poll(async () => designer.flowPosition('general')).not.toEqual(names.get('general'));

  // selecting one shows its form
  await designer.select('gpu-spot');

  // the export holds every resource, the MIG attachment included
  const yaml = await designer.downloadYaml();
  for (const name of exported) expect(yaml.text).toContain(`name: ${name}\n`);
  expect(yaml.text).toContain('nvidia.com/mig.config');

  expect(errors).toEqual([]);
});
