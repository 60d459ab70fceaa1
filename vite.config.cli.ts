import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * The command-line tool: ESM for Node 20 with the domain, `yaml` and `diff` bundled in, so the
 * package needs no runtime dependency to run it (`npm pack`, then `npx ./…tgz check`). The entry
 * is the dispatcher alone; each command is a chunk beside it in dist-cli/, loaded when it runs,
 * so `--version` and `--help` start without parsing the engine.
 */
export default defineConfig({
  define: { __CLI_VERSION__: JSON.stringify(version) },
  // Everything the CLI imports goes into the file; nothing is left to node_modules.
  ssr: { noExternal: true },
  publicDir: false,
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-cli',
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      // The read worker is an entry of its own: worker_threads loads it by file name.
      input: { main: 'src/cli/main.ts', 'read-worker': 'src/cli/check/readWorker.ts' },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'main' ? 'nodepool-designer.mjs' : `nodepool-designer-${chunk.name}.mjs`,
        chunkFileNames: 'nodepool-designer-[name]-[hash].mjs',
        banner: (chunk) => (chunk.name === 'main' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
