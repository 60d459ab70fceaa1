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
    const packed = (...args: string[]) =>
      spawnSync(process.execPath, [join(dir, 'package/dist-cli/nodepool-designer.mjs'), ...args], {
        cwd: join(ROOT, 'test/cli/fixtures'),
        encoding: 'utf8',
      });
    const check = packed('check', 'repo/pools/broken.yaml');
    expect(check.stdout).toContain('spec.weight must be at most 100');
    expect(check.status).toBe(1);
    const convert = packed('convert', 'v1beta1/pools.yaml');
    expect(convert.stdout).toContain('+apiVersion: karpenter.sh/v1\n');
    expect(convert.status).toBe(1);
    const simulate = packed('simulate', 'simulate');
    expect(simulate.stdout).toContain('3 workloads: 2 placed, 1 pending');
    expect(simulate.status).toBe(1);
  }, 120_000);
});
