// The entry-size budget (issue 18): everything the browser loads before the canvas is usable (the
// entry chunk, the chunks it imports statically, which index.html modulepreloads, and their CSS)
// may weigh at most ENTRY_BUDGET_KB gzip. A Vite plugin, so every `vite build` (npm run build,
// npm test, CI, the e2e set-up) fails the moment a static import drags a panel, a library or the
// scheduling engine back into the entry.
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Issue 18: "JS loaded before the canvas is usable ≤ 200 KB gzip". */
export const ENTRY_BUDGET_KB = 200;

/** The parts of Rollup's output bundle the budget reads. */
interface OutputChunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: readonly string[];
  code: string;
  modules: Readonly<Record<string, { renderedLength: number }>>;
  viteMetadata?: { importedCss: ReadonlySet<string> };
}
interface OutputAsset {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}
type OutputBundle = Readonly<Record<string, OutputChunk | OutputAsset>>;

export interface EntryFile {
  fileName: string;
  raw: number;
  gzip: number;
}

export interface EntryModule {
  id: string;
  /** Its share of the chunk before minification: enough to rank modules, not to add them up. */
  rendered: number;
}

export interface EntryWeight {
  files: EntryFile[];
  gzip: number;
  modules: EntryModule[];
}

const gzipped = (source: string | Uint8Array) => gzipSync(source, { level: 9 }).length;
const byteLength = (source: string | Uint8Array) =>
  typeof source === 'string' ? Buffer.byteLength(source) : source.length;

/** What the entry weighs: its chunks and CSS at gzip level 9, and its modules, largest first. */
export function entryWeight(bundle: OutputBundle): EntryWeight {
  const chunks = Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk');
  // index.html says what loads first: with the entry's modules gathered into a chunk group
  // (vite.config.ts), the chunk it names is not the one Rollup marks as the entry.
  const page = bundle['index.html'];
  const named = new Set(
    page?.type === 'asset'
      ? [...String(page.source).matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].flatMap(
          (m) => m[1] ?? [],
        )
      : [],
  );
  const entries = chunks.filter((c) => c.isEntry || named.has(c.fileName));
  const eager = new Set<string>();
  const visit = (fileName: string) => {
    if (eager.has(fileName)) return;
    eager.add(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
  };
  entries.forEach((c) => visit(c.fileName));

  const css = new Set<string>([...named].filter((f) => f.endsWith('.css')));
  const modules: EntryModule[] = [];
  const files: EntryFile[] = [];
  for (const fileName of eager) {
    const chunk = bundle[fileName];
    if (chunk?.type !== 'chunk') continue;
    files.push({ fileName, raw: byteLength(chunk.code), gzip: gzipped(chunk.code) });
    chunk.viteMetadata?.importedCss.forEach((f) => css.add(f));
    for (const [id, m] of Object.entries(chunk.modules))
      if (m.renderedLength > 0) modules.push({ id, rendered: m.renderedLength });
  }
  for (const fileName of css) {
    const asset = bundle[fileName];
    if (asset?.type === 'asset')
      files.push({ fileName, raw: byteLength(asset.source), gzip: gzipped(asset.source) });
  }
  modules.sort((a, b) => b.rendered - a.rendered);
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0), modules };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A module as a reader finds it: from node_modules/ or from the project's root. */
function shortId(id: string, root: string): string {
  const dependency = id.lastIndexOf('/node_modules/');
  if (dependency >= 0) return id.slice(dependency + 1);
  return id.startsWith(`${root}/`) ? id.slice(root.length + 1) : id;
}

/** The report printed on every build; on failure it names the largest modules to split out. */
export function entryReport(weight: EntryWeight, limitKb: number, root = ''): string {
  const over = weight.gzip > limitKb * 1024;
  const lines = [
    `Entry (loaded before the canvas is usable): ${kb(weight.gzip)} gzip of ${limitKb} KB allowed`,
    ...weight.files.map(
      (f) => `  ${f.fileName.padEnd(44)} ${kb(f.raw).padStart(10)}  gzip ${kb(f.gzip)}`,
    ),
  ];
  if (over) {
    lines.push(
      `The entry is ${kb(weight.gzip - limitKb * 1024)} over its budget. Its largest modules ` +
        '(size before minification): load what the first paint does not need with import().',
      ...weight.modules
        .slice(0, 25)
        .map((m) => `  ${kb(m.rendered).padStart(9)}  ${shortId(m.id, root)}`),
    );
  }
  return lines.join('\n');
}

/** Fails the build when the entry outgrows `limitKb` gzip. */
export function entryBudget(limitKb = ENTRY_BUDGET_KB): Plugin {
  let root = '';
  // An unminified build (`bench:browser --profile`, for readable profiles) is not what users load.
  let minified = true;
  return {
    name: 'entry-budget',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      minified = config.build.minify !== false;
    },
    writeBundle(_options, bundle) {
      const weight = entryWeight(bundle);
      const report = entryReport(weight, limitKb, root);
      if (weight.gzip > limitKb * 1024 && minified) this.error(report);
      this.info(report);
    },
  };
}
