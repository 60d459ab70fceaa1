// `node scripts/bench-reload.mjs`: reload with a 1,000-resource design saved -> first node on the
// canvas, on the production build in headless Chromium, as the median of several runs (issue 18's
// storage row). Options: --runs N (default 5), --no-build; BENCH_PORT.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { median, startPreview } from '../bench/browser/previewServer.mjs';
import { largeDesignYaml } from '../bench/browser/largeDesign.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const port = Number(process.env.BENCH_PORT) || 4480;
const vite = join(root, 'node_modules', '.bin', 'vite');

if (!args.includes('--no-build')) {
  const built = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const server = await startPreview(root, port);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const yaml = largeDesignYaml();
const times = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByTestId('new-design').click();
    await page.getByTestId('design-name').fill('Fleet');
    await page.getByTestId('design-name').press('Enter');
    await page.getByTestId('import-file').setInputFiles({
      name: 'large.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(yaml),
    });
    await page.getByText('1000 resources selected').waitFor({ timeout: 60_000 });
    // The autosave writes a moment after the last change; leaving the page flushes it too.
    await page.waitForTimeout(3000);
    const started = Date.now();
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
    times.push(Date.now() - started);
    // The saved design, not the example or an empty one, is what came back.
    const name = await page.getByTestId('design-name').inputValue();
    const nodes = await page.getByTestId('yaml-panel').getAttribute('data-document-count');
    if (name !== 'Fleet') throw new Error(`reload opened "${name}" (${nodes} documents)`);
    await context.close();
  }
  console.log(
    `reload with a 1,000-resource design saved -> first node: median ${median(times)} ms ` +
      `(runs: ${times.join(', ')})`,
  );
} finally {
  await browser.close();
  server.kill();
}
