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
    ssr: 'src/cli/main.ts',
    target: 'node20',
    outDir: 'dist-cli',
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        entryFileNames: 'nodepool-designer.mjs',
        chunkFileNames: 'nodepool-designer-[name]-[hash].mjs',
        banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
