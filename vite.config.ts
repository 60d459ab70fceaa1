import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // The YAML worker is imported with ?worker; pre-bundling it up front stops `vite dev`
  // from discovering it late and reloading the page while the editor opens.
  optimizeDeps: {
    include: ['monaco-yaml/yaml.worker.js', 'monaco-editor/esm/vs/editor/editor.worker.js'],
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
