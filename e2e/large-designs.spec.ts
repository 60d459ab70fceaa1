import { expect, test } from './support/fixtures';
import type { Locator } from '@playwright/test';
import type { Designer } from './support/designer';
import { DEFAULT_NODE_CLASS } from './support/manifests';

/** `classes` EC2NodeClasses and `pools` NodePools dealt round them, as one file to import. */
function poolsYaml(classes: number, pools: number): string {
  const className = (c: number) => `class-${String(c).padStart(3, '0')}`;
  const docs = [
    ...Array.from({ length: classes }, (_, c) =>
      DEFAULT_NODE_CLASS.replace('name: default', `name: ${className(c)}`),
    ),
    ...Array.from(
      { length: pools },
      (_, i) => `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: pool-${String(i).padStart(4, '0')}
spec:
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: ${className(i % classes)}}
      requirements:
        - {key: karpenter.sh/capacity-type, operator: In, values: [spot]}
`,
    ),
  ];
  return docs.join('---\n');
}

async function importLarge(designer: Designer, classes: number, pools: number): Promise<void> {
  await designer.openEmpty();
  await designer.page.getByTestId('import-file').setInputFiles({
    name: 'fleet.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(poolsYaml(classes, pools)),
  });
  // Every card is on the canvas once the minimap (shown on large designs) draws them all: the
  // canvas itself renders only the cards in view, and which those are depends on the window.
  await expect(designer.page.locator('.react-flow__minimap-node')).toHaveCount(classes + pools, {
    timeout: 60_000,
  });
}

/** The canvas's zoom, from the viewport's transform. */
async function zoom(designer: Designer): Promise<number> {
  const transform = await designer.page
    .locator('.react-flow__viewport')
    .evaluate((el) => (el as HTMLElement).style.transform);
  const match = /scale\(([\d.]+)\)/.exec(transform);
  if (!match) throw new Error(`no scale in "${transform}"`);
  return Number(match[1]);
}

/** The points SVG paths start at (each `M x,y`), sorted: the same lines drawn two ways compare equal. */
function starts(paths: readonly string[]): [number, number][] {
  return paths
    .flatMap((d) => [...d.matchAll(/M\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)])
    .map((m): [number, number] => [Number(m[1]), Number(m[2])])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Whether a card is wholly on the canvas's visible part. */
async function inView(designer: Designer, card: Locator): Promise<boolean> {
  const canvas = await designer.pane.boundingBox();
  const box = await card.boundingBox();
  if (!canvas || !box) return false;
  return (
    box.x >= canvas.x &&
    box.y >= canvas.y &&
    box.x + box.width <= canvas.x + canvas.width &&
    box.y + box.height <= canvas.y + canvas.height
  );
}

test('Ctrl+A selects everything, Delete clears it and one undo brings it all back', async ({
  page,
  designer,
}) => {
  await designer.open();
  const count = await designer.allNodes.count();
  const edges = await page.locator('.react-flow__edge').count();
  expect(count).toBeGreaterThan(1);
  await designer.clickEmptyCanvas();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(count);
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(edges);

  await page.keyboard.press('Delete');
  await expect(designer.allNodes).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(designer.allNodes).toHaveCount(count);
  await expect(page.locator('.react-flow__edge')).toHaveCount(edges);
  // One step: a second undo has nothing of the deletion left to bring back.
  await expect(page.getByTestId('undo')).toBeDisabled();
});

test('Ctrl+A in a text field or the YAML editor selects text, not the canvas', async ({
  page,
  designer,
}) => {
  await designer.open();
  const name = await designer.allNodes.first().locator('.resource-card__name').innerText();
  await designer.select(name);
  await designer.nameField.press('ControlOrMeta+a');
  await designer.nameField.press('Delete');
  await expect(designer.nameField).toHaveValue('');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(designer.allNodes.first()).toBeVisible();

  await page.getByTestId('yaml-panel').locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
});

test('Shift+2 zooms to the selection, and to everything with nothing selected', async ({
  page,
  designer,
}) => {
  await importLarge(designer, 10, 90);
  const overview = await zoom(designer);
  const pool = designer.node('pool-0042', 'nodePool');
  // The import leaves what it brought selected.
  await designer.clickEmptyCanvas();
  // Zoomed out this far a card is a coloured block (its text would be unreadable): click the block.
  await expect(pool.locator('.resource-card__name')).toBeHidden();
  await pool.locator('.resource-card').click();
  await page.keyboard.press('Shift+2');
  await expect.poll(() => zoom(designer)).toBe(1);
  await expect(pool.locator('.resource-card__name')).toBeVisible();
  expect(await inView(designer, pool)).toBe(true);
  expect(await inView(designer, designer.node('class-009'))).toBe(false);
  await designer.clickEmptyCanvas();
  await page.getByTestId('zoom-to-selection').click();
  await expect.poll(() => zoom(designer)).toBeCloseTo(overview, 2);
  expect(await inView(designer, pool)).toBe(true);
  expect(await inView(designer, designer.node('class-009'))).toBe(true);
});

test('a large import is laid out in wrapped groups, with a minimap that can be hidden', async ({
  page,
  designer,
}, testInfo) => {
  test.setTimeout(150_000);
  await importLarge(designer, 100, 900);
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  // The import leaves what it brought selected; the inspector names the first few.
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText('1000 resources selected');
  await expect(inspector).toContainText('and 950 more');
  await page.waitForTimeout(400);
  const shot = testInfo.outputPath('large-import.png');
  await page.screenshot({ path: shot });
  await testInfo.attach('large-import', { path: shot, contentType: 'image/png' });

  // The minimap draws every card: its extent is the design's shape.
  const extent = await page.locator('.react-flow__minimap-node').evaluateAll((rects) => {
    const box = rects.map((r) => ({
      x: Number(r.getAttribute('x')),
      y: Number(r.getAttribute('y')),
      w: Number(r.getAttribute('width')),
      h: Number(r.getAttribute('height')),
    }));
    const width = Math.max(...box.map((b) => b.x + b.w)) - Math.min(...box.map((b) => b.x));
    const height = Math.max(...box.map((b) => b.y + b.h)) - Math.min(...box.map((b) => b.y));
    return { count: box.length, width, height };
  });
  expect(extent.count).toBe(1000);
  expect(extent.width / extent.height).toBeGreaterThan(1);
  expect(extent.width / extent.height).toBeLessThan(2.5);

  await page.getByTestId('toggle-minimap').click();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await page.keyboard.press('Shift+M');
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
});

test('a large import opens zoomed out as blocks that keep their edges, names and sizes', async ({
  page,
  designer,
}) => {
  await importLarge(designer, 10, 90);
  expect(await zoom(designer)).toBeLessThan(0.35);
  const pool = designer.node('pool-0042', 'nodePool');
  // Drawn as a block from the start: no card's details were ever put on the page.
  await expect(page.locator('.resource-card__lines')).toHaveCount(0);
  await expect(pool.locator('.resource-card__name')).toBeHidden();
  const block = pool.locator('.resource-card--far');
  await expect(block).toHaveAttribute('title', 'NodePool pool-0042');
  // Every nodeClassRef is drawn between blocks, as one layer rather than 90 edges.
  const layer = page.locator('.far-references__nodeClassRef');
  await expect(layer).toHaveAttribute('data-edges', '90');
  await expect(page.locator('.react-flow__edge.edge--nodeClassRef')).toHaveCount(0);
  const farStarts = starts(
    await layer.locator('path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? '')),
  );
  const blockHeight = await block.evaluate((el) => (el as HTMLElement).offsetHeight);

  await designer.clickEmptyCanvas();
  const fill = () => block.evaluate((el) => getComputedStyle(el).backgroundColor);
  const unselected = await fill();
  await block.click();
  // Selected, the block fills with the accent colour (from React Flow's class on the node).
  await expect.poll(fill).not.toBe(unselected);
  await page.keyboard.press('Shift+2');
  await expect(pool.locator('.resource-card__name')).toBeVisible();
  await expect(pool.locator('.resource-card__lines')).toBeVisible();
  const cardHeight = await pool.evaluate((el) => (el as HTMLElement).offsetHeight);
  // The block covered what the card does: zooming in moves no edge by more than a hair.
  expect(Math.abs(cardHeight - blockHeight)).toBeLessThanOrEqual(3);
  // Still selected, the card wears the selection's ring, which an unselected card does not.
  const ring = (card: Locator) =>
    card.locator('.resource-card').evaluate((el) => getComputedStyle(el).boxShadow);
  expect(await ring(pool)).not.toBe(await ring(designer.node('pool-0043', 'nodePool')));
  // Zoomed in, the references are React Flow's edges again, starting where the layer's did.
  const edgePaths = page.locator('.react-flow__edge.edge--nodeClassRef .react-flow__edge-path');
  await expect(edgePaths).toHaveCount(90);
  await expect(layer).toHaveCount(0);
  const nearStarts = starts(
    await edgePaths.evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? '')),
  );
  expect(nearStarts).toHaveLength(90);
  for (const [i, [x, y]] of nearStarts.entries()) {
    const [fx, fy] = farStarts[i] ?? [NaN, NaN];
    expect(Math.abs(fx - x)).toBeLessThanOrEqual(2);
    expect(Math.abs(fy - y)).toBeLessThanOrEqual(2);
  }
});
