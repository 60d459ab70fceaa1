// `node scripts/bench-canvas.mjs`: select all, delete and undo on a large design, each from the
// key press to the frame painted with its result, on the production build (vite build + vite
// preview) in headless Chromium, as medians of several runs. Figures go
// to BENCHMARKS.md, never into a test. Options: --runs N (default 5), --size N (resources,
// default 1000: a tenth EC2NodeClasses), --no-build, --profile FILE (CPU profiles of the last
// run's keys, FILE.<key>.cpuprofile, for DevTools).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { median, startPreview } from '../bench/browser/previewServer.mjs';
import { poolsDesignYaml } from '../bench/browser/poolsDesign.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs')) || 5;
const size = Number(option('--size')) || 1000;
const profileFile = option('--profile');
const port = Number(process.env.BENCH_PORT) || 4480;
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!existsSync(chromiumPath)) {
  console.error(`No Chromium at ${chromiumPath}: install it or set CHROMIUM_PATH.`);
  process.exit(1);
}
const vite = join(root, 'node_modules', '.bin', 'vite');
// Unminified with --profile, so the profiles name the functions; the timings then run on it too.
const outDir = profileFile ? join(root, 'dist-profile') : join(root, 'dist');
if (!args.includes('--no-build')) {
  const built = spawnSync(
    vite,
    [
      'build',
      '--logLevel',
      'warn',
      '--outDir',
      outDir,
      ...(profileFile ? ['--minify', 'false'] : []),
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const server = await startPreview(root, port, outDir);

/* global window, document, MutationObserver, requestAnimationFrame, scheduler */
/**
 * Presses `key` and gives the milliseconds from its keydown to the frame painted once the
 * canvas shows `until` (checked on each DOM change): a user-blocking task queued from the next
 * animation frame runs once that frame is painted.
 */
async function timeKey(page, key, until) {
  // Installed before the key, in a call of its own: a page busy with the last step's tail would
  // otherwise run the listener's setup after the key had gone by.
  await page.evaluate((condition) => {
    window.benchDone = new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error(`the canvas never showed "${condition}"`)), 60_000);
      const canvas = document.querySelector('.react-flow');
      const nodes = () => canvas.querySelectorAll('.react-flow__node');
      const met = {
        allSelected: () =>
          nodes().length > 0 &&
          canvas.querySelectorAll('.react-flow__node:not(.selected)').length === 0,
        empty: () => nodes().length === 0,
        shown: () => nodes().length > 0,
      }[condition];
      let start;
      document.addEventListener('keydown', (event) => (start = event.timeStamp), {
        capture: true,
        once: true,
      });
      const observer = new MutationObserver(() => {
        if (start === undefined || !met()) return;
        observer.disconnect();
        requestAnimationFrame(() =>
          scheduler.postTask(() => resolve(performance.now() - start), {
            priority: 'user-blocking',
          }),
        );
      });
      observer.observe(canvas, { subtree: true, childList: true, attributes: true });
    });
  }, until);
  await page.keyboard.press(key);
  return page.evaluate(() => window.benchDone);
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
});
const times = { importing: [], selectAll: [], deleting: [], undoing: [] };
try {
  const classes = Math.round(size / 10);
  const yaml = poolsDesignYaml({ classes, pools: size - classes });
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    // A key whose result never shows fails the run instead of hanging it.
    page.setDefaultTimeout(60_000);
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByTestId('new-design').click();
    await page
      .locator('.react-flow__node')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => {});
    const started = Date.now();
    await page.getByTestId('import-file').setInputFiles({
      name: 'bench.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(yaml),
    });
    await page.locator('.react-flow__node').first().waitFor();
    times.importing.push(Date.now() - started);
    await page.waitForTimeout(1500);
    // Keys go to the canvas, not to a field the import may have left focused; and the click
    // clears the import's selection, or Ctrl+A would change nothing there is to time.
    const spot = await page.locator('.react-flow__pane').evaluate((pane) => {
      const box = pane.getBoundingClientRect();
      for (let y = box.top + 20; y < box.bottom; y += 20)
        for (let x = box.right - 20; x > box.left; x -= 20)
          if (document.elementFromPoint(x, y) === pane) return { x, y };
      return undefined;
    });
    if (!spot) throw new Error('no empty spot on the canvas to click');
    await page.mouse.click(spot.x, spot.y);
    await page.locator('.react-flow__node.selected').first().waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    const cdp = profileFile && run === runs - 1 ? await context.newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    }
    /** Times one key; on the profiled run, its own CPU profile, `<file>.<step>.cpuprofile`. */
    const step = async (name, key, until) => {
      if (cdp) await cdp.send('Profiler.start');
      try {
        times[name].push(await timeKey(page, key, until));
      } catch (error) {
        const shot = join(root, 'test-results', `bench-canvas-${name}.png`);
        await page.screenshot({ path: shot });
        throw new Error(`${name}: ${error.message} (the page as it was: ${shot})`, {
          cause: error,
        });
      }
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(`${profileFile}.${name}.cpuprofile`, JSON.stringify(profile));
      }
      await page.waitForTimeout(500);
    };
    await step('selectAll', 'Control+a', 'allSelected');
    await step('deleting', 'Delete', 'empty');
    await step('undoing', 'Control+z', 'shown');
    if (cdp) console.log(`CPU profiles of the last run's keys written to ${profileFile}.*`);
    const count = await page.locator('.react-flow__node').count();
    if (count === 0) throw new Error('undo brought nothing back');
    console.log(
      `run ${run + 1}: select all ${times.selectAll.at(-1).toFixed(0)} ms, delete ${times.deleting.at(-1).toFixed(0)} ms, undo ${times.undoing.at(-1).toFixed(0)} ms`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
const ms = (values) =>
  `${median(values).toFixed(0).padStart(5)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;
console.log(`\n${size} resources, ${runs} runs, medians, key -> painted frame:`);
console.log(`  import -> first node       ${ms(times.importing)}`);
console.log(`  select all (Ctrl+A)        ${ms(times.selectAll)}`);
console.log(`  delete                     ${ms(times.deleting)}`);
console.log(`  undo (Ctrl+Z)              ${ms(times.undoing)}`);
