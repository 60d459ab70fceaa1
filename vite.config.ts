import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { entryBudget } from './scripts/entryBudget.ts';

export default defineConfig({
  plugins: [
    react(),
    // Fails the build when what loads before the canvas is usable outgrows 200 KB gzip.
    entryBudget(),
    // Conference Wi-Fi: after one visit the service worker serves the whole app from its cache.
    // 'prompt' so a new version never reloads the page under someone's hands; it takes over
    // when the app is next opened (see src/app/offlineReady.ts).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'NodePool Designer',
        short_name: 'NodePools',
        description: 'Design Karpenter NodePools, EC2NodeClasses and MIG profiles on a canvas.',
        theme_color: '#2563eb',
        background_color: '#f6f7f9',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,ttf,woff2,webmanifest}'],
        // Monaco's chunk is several MB; without this it would be left out and the YAML panel
        // would not open offline.
        maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // The YAML worker is imported with ?worker; pre-bundling it up front stops `vite dev`
  // from discovering it late and reloading the page while the editor opens.
  optimizeDeps: {
    include: ['monaco-yaml/yaml.worker.js', 'monaco-editor/esm/vs/editor/editor.worker.js'],
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      output: {
        // What the first paint loads is one file: split by the lazy chunks that share its
        // modules, it was some 40 files gzipped one by one, each losing what the others taught
        // the compressor (and each a request of its own).
        codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; on a busy 2-core runner 5 s is too tight a leash.
    testTimeout: 20_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
