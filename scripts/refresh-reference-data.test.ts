import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./refresh-reference-data.mjs', import.meta.url));
const TEST_DATA = fileURLToPath(new URL('../test/data/', import.meta.url));

interface Report {
  referenceDir: string | null;
  files: { copy: string; source: string; status: string }[];
}

/** Runs the script; `sharedDir` replaces the folder beside the repository when given. */
function run(args: string[], sharedDir?: string) {
  const env = { ...process.env };
  if (sharedDir !== undefined) env['NPD_SHARED_DIR'] = sharedDir;
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', env });
  return { status: result.status, out: result.stdout + result.stderr };
}

// Asked once, while the tests are collected, so the drift check can be skipped by name.
const here = JSON.parse(run(['--check', '--json']).out) as Report;

describe('refresh-reference-data', () => {
  // Only the team's machines have the shared folder; a clone has nothing to compare against and
  // relies on the git blob ids that test/support/testData.test.ts checks.
  it.skipIf(here.referenceDir === null)(
    'finds the copies in test/data byte-identical to the shared reference folder (skipped where there is none)',
    () => {
      expect(here.files.length).toBeGreaterThan(0);
      expect(here.files.filter((f) => f.status !== 'same')).toEqual([]);
    },
  );

  const scratch: string[] = [];
  afterEach(() => {
    for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A shared folder and a data folder holding today's copies, outside the repository. */
  function sandbox() {
    const root = mkdtempSync(join(tmpdir(), 'npd-refresh-'));
    scratch.push(root);
    const data = join(root, 'data');
    cpSync(TEST_DATA, data, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(data, 'reference-files.json'), 'utf8')) as {
      files: { copy: string; source: string; gitBlob: string }[];
    };
    for (const file of manifest.files) {
      const source = join(root, 'shared', 'reference', file.source);
      mkdirSync(dirname(source), { recursive: true });
      cpSync(join(data, file.copy), source);
    }
    return { root, data, shared: join(root, 'shared'), manifest };
  }

  it('says there is nothing to refresh, and succeeds, when the reference folder is absent', () => {
    const { root, data } = sandbox();
    const result = run(['--data-dir', data], join(root, 'absent'));
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/No reference folder at .*absent.*nothing to refresh/s);
  });

  it('reports a changed source under --check, then copies it byte for byte', () => {
    const { data, shared, manifest } = sandbox();
    const first = manifest.files[0];
    if (first === undefined) throw new Error('reference-files.json lists no files');
    const source = join(shared, 'reference', first.source);
    writeFileSync(source, `${readFileSync(source, 'utf8')}# a newer upstream line\n`);

    const check = run(['--check', '--data-dir', data], shared);
    expect(check.status).toBe(1);
    expect(check.out).toContain(`CHANGED    test/data/${first.copy}`);
    expect(readFileSync(join(data, first.copy))).not.toEqual(readFileSync(source));

    const refresh = run(['--data-dir', data], shared);
    expect(refresh.status).toBe(0);
    expect(refresh.out).toContain(`updated    test/data/${first.copy}`);
    expect(readFileSync(join(data, first.copy))).toEqual(readFileSync(source));
    const after = JSON.parse(readFileSync(join(data, 'reference-files.json'), 'utf8')) as {
      files: { gitBlob: string }[];
    };
    expect(after.files[0]?.gitBlob).not.toBe(first.gitBlob);

    expect(run(['--check', '--data-dir', data], shared).status).toBe(0);
  });

  it('fails when a listed source has vanished upstream, leaving the copy alone', () => {
    const { data, shared, manifest } = sandbox();
    const first = manifest.files[0];
    if (first === undefined) throw new Error('reference-files.json lists no files');
    rmSync(join(shared, 'reference', first.source));
    const result = run(['--data-dir', data], shared);
    expect(result.status).toBe(1);
    expect(result.out).toContain(`NO SOURCE  reference/${first.source} is missing`);
    expect(readFileSync(join(data, first.copy))).toEqual(readFileSync(join(TEST_DATA, first.copy)));
  });
});
