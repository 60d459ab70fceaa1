import { defineConfig } from '@playwright/test';

// Playwright cannot download its own browser on our machines: we drive Debian's Chromium
// (`apt-get install -y chromium`). scripts/check-browser.mjs checks the same path up front.
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// E2E_PORT lets two checkouts run their suites side by side without sharing a server.
const PORT = Number(process.env.E2E_PORT) || 4317;
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  // Artifacts (failure screenshots) go one level down so Playwright's clean-up of its output
  // folder never removes the reports that scripts/test-all.mjs reads from test-results/.
  outputDir: 'test-results/e2e-artifacts',
  timeout: 30_000,
  forbidOnly: !!process.env.CI,
  retries: 0, // no hiding flakiness
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
    screenshot: 'only-on-failure',
    trace: 'off',
    // The app's service worker would cache between tests; offline.spec.ts turns it on.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  // Serves the production build: run `vite build` first (npm test / npm run test:e2e do).
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
