// Issue 18's rows, measured on a design of N resources (bench/browser/resourcesDesign.mjs) in
// one page, as a user meets them: a cold load, an import through the file input, a rename in
// the inspector, a drag, a reload, select all / delete / undo and the start screen's Duplicate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { installProbes } from './pageProbes.mjs';
import { resourcesDesignYaml } from './resourcesDesign.mjs';

/* global document */
const LONG = Number(process.env.BENCH_TIMEOUT) || 180_000;

export async function newPage(browser, origin) {
  const context = await browser.newContext({
    baseURL: origin,
    viewport: { width: 1600, height: 1000 },
  });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  page.setDefaultTimeout(LONG);
  return { context, page };
}

/** Times the next `type` event to the painted frame in which `check(arg)` holds. */
async function timed(page, [type, check, arg, timeout = LONG], action) {
  await page.evaluate(
    ([t, c, a, ms]) => globalThis.__bench.arm(t, c, a, ms),
    [type, check, arg, timeout],
  );
  await action();
  return page.evaluate(() => globalThis.__bench.result());
}

const firstNode = (page) => page.evaluate(() => globalThis.__bench.firstNode);

/** Waits until the page has had a second without a long task (at most 20 s). */
const settled = (page) => page.evaluate(() => globalThis.__bench.settled(1000, 20_000));

/**
 * A cold load (new context: empty cache, no storage) to the example's first node painted, and
 * the gzip size (level 9, read from the build) of the JS index.html loads eagerly and of all the
 * JS fetched by the time that node was painted (lazy chunks the app asked for meanwhile too).
 */
export async function coldLoad(browser, origin, dist) {
  const { context, page } = await newPage(browser, origin);
  await page.goto('/');
  const { at, scripts } = await firstNode(page);
  await context.close();
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const eager = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const gzip = (paths) =>
    paths
      .filter((path) => path.endsWith('.js'))
      .reduce(
        (sum, path) => sum + gzipSync(readFileSync(join(dist, path)), { level: 9 }).length,
        0,
      );
  return { firstNode: at, eagerGzip: gzip(eager), fetchedGzip: gzip(scripts) };
}

/** A point of the pane with no node on it, so a click there reaches the canvas itself. */
function emptyPanePoint(page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    for (let y = pane.bottom - 30; y > pane.top; y -= 37)
      for (let x = pane.right - 60; x > pane.left + 200; x -= 41) {
        const hit = document.elementFromPoint(x, y);
        if (hit?.classList.contains('react-flow__pane')) return { x, y };
      }
    throw new Error('no empty spot on the pane');
  });
}

/** The rendered pool nearest the canvas's centre: where a user would grab one. */
function poolNearCentre(page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    let best;
    for (const node of document.querySelectorAll('.react-flow__node-nodePool')) {
      const box = node.getBoundingClientRect();
      const d = Math.hypot(box.x + box.width / 2 - cx, box.y + box.height / 2 - cy);
      if (box.width > 0 && (!best || d < best.d))
        best = {
          d,
          name: node.querySelector('.resource-card__name').textContent,
          x: box.x + box.width / 2,
          y: box.y + Math.min(12, box.height / 4),
        };
    }
    if (!best) throw new Error('no pool on the canvas');
    return best;
  });
}

async function importDesign(page, yaml) {
  return timed(page, ['change', 'anyNode'], () =>
    page.getByTestId('import-file').setInputFiles({
      name: 'design.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(yaml),
    }),
  );
}

/** Types into the selected pool's name; each key to the frame in which the YAML panel shows it. */
async function rename(page, profiling) {
  // The import selects what it added; clear that, then pick one pool as a click does.
  const spot = await emptyPanePoint(page);
  await page.mouse.click(spot.x, spot.y);
  const pool = await poolNearCentre(page);
  await page
    .locator('.react-flow__node-nodePool', { hasText: pool.name })
    .first()
    .dispatchEvent('click');
  const field = page.getByTestId('inspector').getByTestId('field-name');
  await field.click();
  await page.keyboard.press('End');
  await page.getByTestId('yaml-panel').locator('.view-lines', { hasText: pool.name }).waitFor();
  const times = [];
  const stop = await profiling?.('rename');
  let name = pool.name;
  for (const letter of 'abcdefg') {
    name += letter;
    times.push(
      await timed(page, ['keydown', 'yamlHas', `name: ${name}`], () => page.keyboard.press(letter)),
    );
    await page.waitForTimeout(100);
  }
  await stop?.();
  // The first key warms the JIT and loads what an edit needs the first time.
  return times.slice(1);
}

/** Drags a pool for about a second, as a mouse reports it (60 moves a second). */
async function drag(page, profiling) {
  // One pool, as a user drags one: the import selects all it added, and a drag moves the selection.
  const spot = await emptyPanePoint(page);
  await page.mouse.click(spot.x, spot.y);
  const pool = await poolNearCentre(page);
  await page.mouse.move(pool.x, pool.y);
  await page.mouse.down();
  await page.mouse.move(pool.x + 4, pool.y + 2);
  await page.waitForTimeout(100);
  const stop = await profiling?.('drag');
  await page.evaluate(() => globalThis.__bench.startFrames());
  const started = Date.now();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(pool.x + 4 + i * 5, pool.y + 2 + i * 2);
    const wait = started + i * (1000 / 60) - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
  }
  const { frames, tasks } = await page.evaluate(() => globalThis.__bench.stopFrames());
  await stop?.();
  await page.mouse.up();
  return { frames, longestTask: Math.max(0, ...tasks) };
}

/** Reload with the design saved (autosave has had its pause) to its first node painted. */
async function reload(page) {
  await page.waitForTimeout(2000);
  await page.reload();
  const { at, name } = await firstNode(page);
  if (!/^(pool|class)-/.test(name)) throw new Error(`the reload opened "${name}", not the design`);
  return at;
}

/** Ctrl+A on the canvas, Delete, Ctrl+Z: each to its painted frame; `null` when Ctrl+A selects nothing. */
async function selectAllDeleteUndo(page, profiling) {
  const spot = await emptyPanePoint(page);
  await page.mouse.click(spot.x, spot.y);
  await settled(page);
  // One profile per key, each up to its painted frame, so each says what its own key cost.
  const step = async (name, probe, key) => {
    const stop = await profiling?.(name);
    const time = await timed(page, probe, () => page.keyboard.press(key));
    await stop?.();
    return time;
  };
  const selectAll = await step(
    'select-all',
    ['keydown', 'manySelected', undefined, 2000],
    'Control+a',
  );
  if (selectAll === null) return null;
  // Each key once the work the previous one left for after its frame (the YAML panel's text, the
  // problems) is done, as a person reads the screen before the next key: pressed back to back,
  // a key's time also held the previous key's deferred work (BENCHMARKS.md has both).
  await settled(page);
  const remove = await step('delete', ['keydown', 'noNode'], 'Delete');
  await settled(page);
  const undo = await step('undo', ['keydown', 'anyNode'], 'Control+z');
  return { selectAll, remove, undo };
}

/** How many designs of this size the browser keeps: Duplicate on the start screen until it is
 * refused, at most `cap` designs in all. */
async function designsKept(page, cap) {
  await page.getByTestId('open-start-screen').click();
  const entries = page.getByTestId('design-entry');
  const open = page.locator('[data-testid="design-entry"][data-open]');
  await open.waitFor();
  const name = (await open.locator('.start__design-name').textContent()).trim();
  let kept = await entries.count();
  while (kept < cap) {
    await page.getByRole('button', { name: `Duplicate ${name}`, exact: true }).click();
    const refused = page.getByTestId('notice').filter({ hasText: 'would not store' });
    const outcome = await Promise.race([
      entries
        .nth(kept)
        .waitFor()
        .then(() => 'kept'),
      refused
        .first()
        .waitFor()
        .then(() => 'refused'),
    ]);
    if (outcome === 'refused') return { kept, refused: true };
    kept += 1;
  }
  return { kept, refused: false };
}

/** One run at one size: the rows asked for, in a user's order, on one page. */
export async function resourcesRun(browser, origin, size, wanted, { storageCap, profiling }) {
  const { context, page } = await newPage(browser, origin);
  const result = {};
  try {
    await page.goto('/');
    await firstNode(page);
    await page.getByTestId('new-design').click();
    await page.locator('.react-flow__node').first().waitFor({ state: 'detached' });
    // The row times the import, as a user who opens the app and then picks a file meets it: the
    // YAML panel's editor is created once the first canvas is painted (~250 ms of Monaco), and an
    // import started at once found that start-up inside its time in most runs.
    await settled(page);
    const profile = profiling && ((row) => profiling(page, `${row}-${size}`));
    const stopImport = wanted.has('import') ? await profile?.('import') : undefined;
    result.import = await importDesign(page, resourcesDesignYaml(size));
    await stopImport?.();
    await settled(page);
    if (wanted.has('rename')) result.rename = await rename(page, profile);
    if (wanted.has('drag')) {
      await settled(page);
      result.drag = await drag(page, profile);
    }
    if (wanted.has('reload') || wanted.has('select-all') || wanted.has('storage'))
      result.reload = await reload(page);
    if (wanted.has('select-all')) result.selectAll = await selectAllDeleteUndo(page, profile);
    if (wanted.has('storage') && storageCap) result.storage = await designsKept(page, storageCap);
  } catch (error) {
    await page.screenshot({ path: 'bench-browser-failed.png' });
    console.error('\nThe page as it was: bench-browser-failed.png');
    throw error;
  } finally {
    await context.close();
  }
  return result;
}
