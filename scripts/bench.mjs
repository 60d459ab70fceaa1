// `npm run bench`: the figures BENCHMARKS.md records.
//  1. Store change -> YAML panel text at 10, 100 and 1,000 resources (Vitest bench, node).
//  2. JS loaded before the canvas is usable: the entry chunk and everything index.html loads
//     eagerly (modulepreload), gzip level 9, Monaco's lazy chunks excluded; built with `vite build`.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(bin('vitest'), ['bench', '--run', '--config', 'vite.config.ts']);
run(bin('vite'), ['build', '--logLevel', 'warn']);

const dist = join(root, 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const eager = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let raw = 0;
let gzip = 0;
console.log('\nLoaded before the canvas is usable:');
for (const file of eager) {
  const bytes = readFileSync(join(dist, file));
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += zipped;
  console.log(`  ${file.padEnd(48)} ${kb(bytes.length).padStart(10)}  gzip ${kb(zipped)}`);
}
console.log(`  total${' '.repeat(43)} ${kb(raw).padStart(10)}  gzip ${kb(gzip)}`);

const lazy = readdirSync(join(dist, 'assets')).filter(
  (f) => f.endsWith('.js') && !eager.includes(`assets/${f}`),
);
let lazyGzip = 0;
for (const f of lazy)
  lazyGzip += gzipSync(readFileSync(join(dist, 'assets', f)), { level: 9 }).length;
console.log(
  `Loaded later (YAML panel, Monaco, workers): ${lazy.length} files, gzip ${kb(lazyGzip)}`,
);

// The instance catalog is its own lazy chunk (issue 15: at most 60 KB gzip, never eager).
const catalog = lazy.find((f) => f.startsWith('catalogData'));
if (catalog) {
  const bytes = readFileSync(join(dist, 'assets', catalog));
  const zipped = gzipSync(bytes, { level: 9 }).length;
  const eagerly = eager.some((f) => f.includes('catalogData'));
  console.log(
    `Instance catalog chunk ${catalog}: ${kb(bytes.length)}, gzip ${kb(zipped)}${eagerly ? ' (LOADED EAGERLY: a bug)' : ', loaded lazily'}`,
  );
} else {
  console.log('Instance catalog chunk: not found in dist/assets (is loadInstanceCatalog used?)');
}
