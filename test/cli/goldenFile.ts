import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './builtCli';

const GOLDEN = join(ROOT, 'test', 'cli', 'golden');
/** `UPDATE_GOLDEN=1 npx vitest run test/cli` rewrites the golden files from the binary's output. */
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Expects `actual` to be the golden file `name` byte for byte. */
export function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (UPDATE) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
