/**
 * Where the unit tests find the upstream reference data they test against: `test/data/` in this
 * repository, unchanged copies of the Karpenter CRDs and NVIDIA's mig-parted config (provenance
 * and licence in test/data/README.md). Tests never read outside the repository, so a clone runs
 * its own suite; `npm run refresh-data` updates the copies.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of `test/data/` (this file lives in `<repo>/test/support/`). */
export const TEST_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

/** The absolute path of `test/data/<relative>`; throws, naming the file, when it is missing. */
export function testDataPath(relative: string): string {
  const full = path.join(TEST_DATA_DIR, relative);
  if (!existsSync(full)) {
    throw new Error(
      `Test data test/data/${relative} is missing from the repository. It is a copy of upstream ` +
        'reference data: restore it from git, or run `npm run refresh-data` ' +
        '(scripts/refresh-reference-data.mjs) where the shared reference folder is available.',
    );
  }
  return full;
}

export function readTestData(relative: string): string {
  return readFileSync(testDataPath(relative), 'utf8');
}

/** One entry of test/data/reference-files.json. */
export interface ReferenceFile {
  /** Path under test/data/. */
  copy: string;
  /** Path under the shared reference folder it is copied from. */
  source: string;
  /** `git hash-object` of the copy, as upstream's tree lists it. */
  gitBlob: string;
}

export function referenceFiles(): ReferenceFile[] {
  const manifest = JSON.parse(readTestData('reference-files.json')) as { files: ReferenceFile[] };
  return manifest.files;
}

/** The id `git hash-object` gives these bytes. */
export function gitBlobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
