// Moves source files and rewrites every relative import that reaches them, so a regrouping of
// folders is one command rather than hundreds of hand edits. Usage:
//
//     node scripts/move-modules.mjs old/path.ts=new/path.ts old/folder/=new/folder/ …
//
// A pair ending in "/" moves every file under that folder. Files are moved with `git mv`, so
// history follows them. Specifiers are resolved the way the bundler does (.ts, .tsx, .js, then
// /index.*), from the importer's old place, and written back relative to its new place.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = process.cwd();
const SCANNED = ['src', 'test', 'e2e', 'bench', 'scripts'];
const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs'];

const tracked = execFileSync('git', ['ls-files', ...SCANNED], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => EXTENSIONS.some((ext) => file.endsWith(ext)));

/** old absolute path → new absolute path, for every file that moves. */
const moves = new Map();
for (const pair of process.argv.slice(2)) {
  const [from, to] = pair.split('=');
  if (!from || !to) throw new Error(`Not a move: ${pair} (write old=new)`);
  if (from.endsWith('/')) {
    const under = tracked.filter((file) => file.startsWith(from));
    if (under.length === 0) throw new Error(`Nothing tracked under ${from}`);
    for (const file of under) moves.set(resolve(file), resolve(to + file.slice(from.length)));
  } else {
    if (!tracked.includes(from)) throw new Error(`Not a tracked source file: ${from}`);
    moves.set(resolve(from), resolve(to));
  }
}

function resolveSpecifier(importer, specifier) {
  const base = resolve(dirname(importer), specifier);
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((ext) => join(base, `index${ext}`)),
  ];
  // A `.js` specifier may name a `.ts` file.
  if (base.endsWith('.js')) candidates.push(base.slice(0, -3) + '.ts', base.slice(0, -3) + '.tsx');
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

function rewrite(importer, specifier) {
  const target = resolveSpecifier(importer, specifier);
  if (!target) return specifier;
  const newImporter = moves.get(importer) ?? importer;
  const newTarget = moves.get(target) ?? target;
  if (newImporter === importer && newTarget === target) return specifier;
  // Keep the specifier's own form: with or without extension, `/index` left implicit.
  let targetForm = newTarget;
  const implicitIndex = !resolve(dirname(importer), specifier).endsWith(target.split('/').pop());
  const explicitExt = EXTENSIONS.some((ext) => specifier.endsWith(ext));
  if (implicitIndex && /\/index\.[a-z]+$/.test(targetForm)) targetForm = dirname(targetForm);
  else if (!explicitExt) targetForm = targetForm.replace(/\.(tsx?|mjs|js)$/, '');
  let out = relative(dirname(newImporter), targetForm);
  if (!out.startsWith('.')) out = `./${out}`;
  return out;
}

const SPECIFIER =
  /((?:\bfrom|\bimport|\bvi\.mock|\bimport\s*\()\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\2/g;

let changed = 0;
for (const file of tracked) {
  const importer = resolve(file);
  const text = readFileSync(importer, 'utf8');
  const next = text.replace(SPECIFIER, (whole, head, quote, specifier) => {
    const out = rewrite(importer, specifier);
    return out === specifier ? whole : `${head}${quote}${out}${quote}`;
  });
  if (next !== text) {
    writeFileSync(importer, next);
    changed += 1;
  }
}

for (const [from, to] of moves) {
  execFileSync('mkdir', ['-p', dirname(to)]);
  execFileSync('git', ['mv', relative(ROOT, from), relative(ROOT, to)]);
}
console.log(`moved ${moves.size} files, rewrote imports in ${changed}`);
