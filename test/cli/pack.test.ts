import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './builtCli';

describe('npm pack', () => {
  it('ships a tarball whose CLI runs on its own, with no dependency installed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nodepool-pack-'));
    // prepack builds the CLI bundle into dist-cli first.
    execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    expect(tarball).toMatch(/^nodepool-designer-.*\.tgz$/);
    execFileSync('tar', ['-xzf', join(dir, tarball as string)], { cwd: dir });
    expect(readdirSync(join(dir, 'package')).sort()).toEqual([
      'README.md',
      'dist-cli',
      'package.json',
    ]);
    const run = spawnSync(
      process.execPath,
      [
        join(dir, 'package/dist-cli/nodepool-designer.mjs'),
        'check',
        'test/cli/fixtures/repo/pools/broken.yaml',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.stdout).toContain('spec.weight must be at most 100');
    expect(run.status).toBe(1);
  }, 120_000);
});
