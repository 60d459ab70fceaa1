// `node scripts/bench-canvas.mjs`: select all, delete and undo on a large design, each from the
// key press to the frame painted with its result, on the production build (vite build + vite
// preview) in headless Chromium, as medians of several runs. Figures go
// to BENCHMARKS.md, never into a test. Options: --runs N (default 5), --size N (resources,
// default 1000: a tenth EC2NodeClasses), --no-build, --profile FILE (a CPU profile of the last
// run's keys, for DevTools).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
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
if (!args.includes('--no-build')) {
  const built = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const server = spawn(
  vite,
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => {
    if (String(chunk).includes(String(port))) resolve();
  });
  server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/* global document, MutationObserver, requestAnimationFrame, scheduler */
/**
 * Presses `key` and gives the milliseconds from its keydown to the frame painted once the
 * canvas shows `until` (checked on each DOM change): a user-blocking task queued from the next
 * animation frame runs once that frame is painted.
 */
async function timeKey(page, key, until) {
  const done = page.evaluate(
    (condition) =>
      new Promise((resolve) => {
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
      }),
    until,
  );
  // The observer is in place once evaluate has run its synchronous part.
  await page.waitForTimeout(50);
  await page.keyboard.press(key);
  return done;
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
    // Keys go to the canvas, not to a field the import may have left focused.
    const pane = await page.locator('.react-flow__pane').boundingBox();
    await page.mouse.click(pane.x + pane.width - 40, pane.y + pane.height - 40);
    await page.waitForTimeout(300);
    const cdp = profileFile && run === runs - 1 ? await context.newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    times.selectAll.push(await timeKey(page, 'Control+a', 'allSelected'));
    await page.waitForTimeout(500);
    times.deleting.push(await timeKey(page, 'Delete', 'empty'));
    await page.waitForTimeout(500);
    times.undoing.push(await timeKey(page, 'Control+z', 'shown'));
    await page.waitForTimeout(500);
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(profileFile, JSON.stringify(profile));
      console.log(`CPU profile of the last run's keys written to ${profileFile}`);
    }
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
