// Refreshes the upstream reference files the unit tests read (test/data/) from the team's shared
// folder, byte for byte, and reports which ones changed.
//
// The tests never look outside the repository: a clone must run its own suite. This script is the
// one place that knows about the shared folder, `../shared/reference` beside the repository (or
// `$NPD_SHARED_DIR/reference`). A clone without it has nothing to refresh, which is not an error.
//
// Usage: node scripts/refresh-reference-data.mjs [--check] [--json] [--data-dir <dir>]
//   --check     compare only, write nothing; exit 1 when a copy differs from its source
//   --json      print the report as JSON instead of sentences (the drift unit test reads it)
//   --data-dir  the folder to refresh instead of test/data (lets the tests use a scratch copy)
//
// test/data/reference-files.json lists the files (`copy` under test/data, `source` under the
// reference folder) with the git blob id of each copy, so that a clone without the shared folder
// can still prove its copies are unmodified; a refresh updates those ids.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = 'reference-files.json';

function parseArgs(argv) {
  const options = { check: false, json: false, dataDir: join(REPO_ROOT, 'test', 'data') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') options.check = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--data-dir' && argv[i + 1] !== undefined)
      options.dataDir = resolve(argv[++i]);
    else throw new Error(`unknown argument ${arg}; usage: [--check] [--json] [--data-dir <dir>]`);
  }
  return options;
}

/** The id `git hash-object` gives these bytes: the same id upstream's tree lists for the file. */
function gitBlobId(bytes) {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function referenceDir() {
  const shared = process.env.NPD_SHARED_DIR ?? join(REPO_ROOT, '..', 'shared');
  return resolve(shared, 'reference');
}

/**
 * One entry per listed file: `same`, `changed` (differs, left alone under --check), `updated`
 * (differed, now copied), `added` (had no copy, now copied) or `no-source`.
 */
function refresh({ check, dataDir }, sourceDir) {
  const manifestPath = join(dataDir, MANIFEST);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const files = [];
  for (const entry of manifest.files) {
    const sourcePath = join(sourceDir, entry.source);
    const copyPath = join(dataDir, entry.copy);
    if (!existsSync(sourcePath)) {
      files.push({ copy: entry.copy, source: entry.source, status: 'no-source' });
      continue;
    }
    const source = readFileSync(sourcePath);
    const copy = existsSync(copyPath) ? readFileSync(copyPath) : undefined;
    let status = 'same';
    if (copy === undefined || !copy.equals(source)) {
      status = check ? 'changed' : copy === undefined ? 'added' : 'updated';
      if (!check) {
        mkdirSync(dirname(copyPath), { recursive: true });
        writeFileSync(copyPath, source);
        entry.gitBlob = gitBlobId(source);
      }
    }
    files.push({ copy: entry.copy, source: entry.source, status });
  }
  if (!check && files.some((f) => f.status === 'updated' || f.status === 'added')) {
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  return files;
}

function describe(file) {
  const where = `test/data/${file.copy}`;
  switch (file.status) {
    case 'same':
      return `  same       ${where}`;
    case 'changed':
      return `  CHANGED    ${where} differs from reference/${file.source}`;
    case 'updated':
      return `  updated    ${where} from reference/${file.source}`;
    case 'added':
      return `  added      ${where} from reference/${file.source}`;
    default:
      return `  NO SOURCE  reference/${file.source} is missing; ${where} is kept`;
  }
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const sourceDir = referenceDir();

  if (!existsSync(sourceDir)) {
    if (options.json) console.log(JSON.stringify({ referenceDir: null, files: [] }));
    else
      console.log(
        `No reference folder at ${sourceDir}, so there is nothing to refresh: the copies in ` +
          `test/data/ stay as they are. (Set NPD_SHARED_DIR to the folder that holds reference/.)`,
      );
    return 0;
  }

  const files = refresh(options, sourceDir);
  const failed = files.some((f) => f.status === 'changed' || f.status === 'no-source');
  if (options.json) {
    console.log(JSON.stringify({ referenceDir: sourceDir, files }, null, 2));
  } else {
    const shown = relative(process.cwd(), sourceDir) || '.';
    console.log(`${options.check ? 'Checked' : 'Refreshed'} test/data/ against ${shown}:`);
    for (const file of files) console.log(describe(file));
    const changed = files.filter((f) => f.status !== 'same').length;
    if (changed === 0) console.log('All copies are byte-identical to their sources.');
    else if (options.check && failed)
      console.log('Run `npm run refresh-data` to copy the changed sources, then review the diff.');
    else if (!options.check)
      console.log('Review `git diff test/data` and run the unit tests before committing.');
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
