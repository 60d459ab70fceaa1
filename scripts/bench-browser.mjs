// `npm run bench:browser`: what a user waits for in the real browser, on the production build
// (vite build + vite preview) in headless Chromium, as medians of several runs. Never a test
// assertion: the figures go to BENCHMARKS.md ("In the browser").
//
// Options:
//   --runs N          runs per size and scenario (default 5)
//   --sizes 100,1000  design sizes in resources, multiples of ten (default 100,1000,5000)
//   --only a,b        rows: js, cold, import, rename, drag, reload, select-all, storage, workloads
//   --no-build        time the build already in dist/
//   --profile F       a CPU profile of each timed interaction in the last run, import included (unminified build);
//                     F for the workloads' edits, F with ".rename-1000" (etc.) before its extension
//   --trace F         the same as a Chromium trace (open it in DevTools' Performance panel)
//
// Rows (issue 18's table), each at every size: the JS (gzip) fetched before the first node is
// painted and that cold load's time (empty cache, the example design); importing the design
// through the file input; typing a pool's new name, each key to the frame in which the YAML panel
// shows it; frame time (p95) and longest task over a one-second drag of a pool; a reload to the
// first node; Ctrl+A, Delete and Ctrl+Z each to their painted frame; how many designs of that
// size the browser keeps (Duplicate on the start screen until refused, at most ten). And the
// workloads scenario of issue 16 (bench/browser/workloadsScenario.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { median, startPreview } from '../bench/browser/previewServer.mjs';
import { coldLoad, resourcesRun } from '../bench/browser/resourceScenarios.mjs';
import { workloadsScenario } from '../bench/browser/workloadsScenario.mjs';

const ROWS = [
  'js',
  'cold',
  'import',
  'rename',
  'drag',
  'reload',
  'select-all',
  'storage',
  'workloads',
];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs')) || 5;
const sizes = (option('--sizes') ?? '100,1000,5000').split(',').map(Number);
const wanted = new Set(option('--only')?.split(',') ?? ROWS);
const port = Number(process.env.BENCH_PORT) || 4480;
const origin = `http://127.0.0.1:${port}`;
const profileFile = option('--profile');
const traceFile = option('--trace');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

for (const row of wanted)
  if (!ROWS.includes(row)) {
    console.error(`--only: no row "${row}"; the rows are ${ROWS.join(', ')}`);
    process.exit(1);
  }
for (const size of sizes)
  if (!Number.isInteger(size) || size < 10 || size % 10 !== 0 || size > 5000) {
    console.error(`--sizes: ${size} is not a multiple of ten from 10 to 5,000 (the import cap)`);
    process.exit(1);
  }
if (!existsSync(chromiumPath)) {
  console.error(
    `No Chromium at ${chromiumPath}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
if (!args.includes('--no-build')) {
  const built = spawnSync(
    join(root, 'node_modules', '.bin', 'vite'),
    ['build', '--logLevel', 'warn', ...(profileFile ? ['--minify', 'false'] : [])],
    { cwd: root, stdio: 'inherit' },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const server = await startPreview(root, port);

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (value) => `${Math.round(value)} ms`;
const seconds = (value) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : ms(value));
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

/** Starts a CPU profile and/or a trace of what follows in the page; gives the function that
 * stops them and writes the files. */
async function profiling(page, label) {
  const named = (file) =>
    label === 'workloads' ? file : file.replace(/(\.[^./]+)?$/, (ext) => `.${label}${ext}`);
  const cdp = profileFile ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const browser = page.context().browser();
  if (traceFile)
    await browser.startTracing(page, {
      path: named(traceFile),
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
      ],
    });
  return async () => {
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(named(profileFile), JSON.stringify(profile));
      console.log(`CPU profile of ${label} written to ${named(profileFile)}`);
    }
    if (traceFile) {
      await browser.stopTracing();
      console.log(`Trace of ${label} written to ${named(traceFile)}`);
    }
  };
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const lines = [];
const row = (what, cells, target) => lines.push(`| ${what} | ${cells.join(' | ')} | ${target} |`);
const perSize = (pick) => sizes.map((size) => pick(results.get(size)));
const results = new Map();
try {
  if (wanted.has('js') || wanted.has('cold')) {
    const loads = [];
    for (let run = 0; run < runs; run++)
      loads.push(await coldLoad(browser, origin, join(root, 'dist')));
    const cold = ms(median(loads.map((l) => l.firstNode)));
    const js = `${kb(loads[0].eagerGzip)} eager (${kb(loads[0].fetchedGzip)} fetched by the first node)`;
    results.set('load', { cold, js });
  }
  const interactions = ['import', 'rename', 'drag', 'reload', 'select-all', 'storage'];
  if (interactions.some((r) => wanted.has(r)))
    for (const size of sizes) {
      const all = [];
      for (let run = 0; run < runs; run++) {
        const last = run === runs - 1;
        process.stdout.write(`\r${size} resources: run ${run + 1} of ${runs}   `);
        all.push(
          await resourcesRun(browser, origin, size, wanted, {
            storageCap: last ? 10 : 0,
            profiling: last && (profileFile || traceFile) ? profiling : undefined,
          }),
        );
      }
      results.set(size, all);
    }
  const workloads = wanted.has('workloads')
    ? await workloadsScenario(browser, {
        origin,
        runs,
        profiling: profileFile || traceFile ? profiling : undefined,
      })
    : undefined;

  console.log(
    `\n\nBrowser benchmark (production build, headless Chromium, ${runs} runs, medians), ${new Date().toISOString()}\n`,
  );
  console.log(
    `| what the user does | ${sizes.map((s) => `${s.toLocaleString('en-US')} resources`).join(' | ')} | target at 1,000 |`,
  );
  console.log(`| --- | ${sizes.map(() => '---').join(' | ')} | --- |`);
  const load = results.get('load');
  const same = (text) => sizes.map((_, i) => (i === 0 ? text : '″'));
  if (wanted.has('js'))
    row('JS loaded before the canvas is usable (gzip)', same(load.js), '≤ 200 KB');
  if (wanted.has('cold'))
    row(
      'cold load, empty cache → first node on the canvas (the example)',
      same(load.cold),
      '≤ 0.8 s',
    );
  const all = (pick) => perSize((runsOf) => runsOf.flatMap(pick));
  if (wanted.has('import'))
    row(
      'import the design → nodes on the canvas',
      all((r) => [r.import]).map((v) => seconds(median(v))),
      '≤ 1 s',
    );
  if (wanted.has('rename'))
    row(
      'rename a pool in the inspector → the YAML panel shows it (median, max)',
      all((r) => r.rename).map((v) => `${ms(median(v))} (${ms(Math.max(...v))})`),
      '≤ 50 ms',
    );
  if (wanted.has('drag'))
    row(
      'drag a node for 1 s: frame time p95 / longest task',
      perSize((runsOf) => {
        const p95 = median(runsOf.map((r) => percentile(r.drag.frames, 95)));
        const longest = median(runsOf.map((r) => r.drag.longestTask));
        return `${ms(p95)} / ${ms(longest)}`;
      }),
      '≤ 17 ms / ≤ 50 ms',
    );
  if (wanted.has('reload'))
    row(
      'reload with the design saved → first node',
      all((r) => [r.reload]).map((v) => seconds(median(v))),
      '≤ 1 s',
    );
  if (wanted.has('select-all'))
    row(
      'select all (Ctrl+A), Delete, then Ctrl+Z: each to its painted frame',
      perSize((runsOf) => {
        const done = runsOf.map((r) => r.selectAll).filter(Boolean);
        if (done.length === 0) return 'Ctrl+A does nothing';
        const m = (key) => ms(median(done.map((d) => d[key])));
        return `${m('selectAll')} / ${m('remove')} / ${m('undo')}`;
      }),
      'each ≤ 200 ms',
    );
  if (wanted.has('storage'))
    row(
      'designs of this size the browser keeps (Duplicate until refused, at most 10)',
      perSize((runsOf) => {
        const kept = runsOf.at(-1).storage;
        return `${kept.kept}${kept.refused ? ' (then Duplicate is refused)' : ''}`;
      }),
      'ten',
    );
  for (const line of lines) console.log(line);
  if (workloads) {
    const { importTimes, editTimes, handlerTimes, edgeTimes } = workloads;
    console.log(`\nWorkloads (20 pools, 4 classes, 100 Deployments of 50 replicas):`);
    console.log(
      `  import -> first verdict on the canvas                 ${ms(median(importTimes))}`,
    );
    console.log(
      `  edit one workload's replicas -> re-planned frame painted  ${ms(median(edgeTimes))} (max ${ms(Math.max(...edgeTimes))})`,
    );
    console.log(
      `  edit one workload's replicas -> next frame painted (INP)  ${ms(median(editTimes))} (max ${ms(Math.max(...editTimes))})`,
    );
    console.log(
      `    of which the edit's own handlers (store, plan, render) ${ms(median(handlerTimes))}`,
    );
  }
} finally {
  await browser.close();
  server.kill();
}
