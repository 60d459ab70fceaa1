import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, ROOT, runCli } from './builtCli';
import { golden } from './goldenFile';

const HERE = join(ROOT, 'test', 'cli');
const FIXTURE = join(HERE, 'fixtures', 'v1beta1');

let cli: string;
beforeAll(async () => {
  cli = await buildCli();
}, 60_000);

function convert(args: readonly string[], options: { input?: string; cwd?: string } = {}) {
  return runCli(cli, ['convert', ...args], { cwd: HERE, ...options });
}

/** The v1beta1 fixture repository copied where --write may rewrite it. */
function copyOfFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nodepool-convert-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

describe('nodepool-designer convert on a repository of older Karpenter APIs', () => {
  it('prints each file’s diff and the converter’s notes as its golden file, and exits 1', () => {
    const run = convert(['fixtures/v1beta1']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    golden('convert.diff.txt', run.stdout);
  });

  it('rewrites the files in place with --write, keeping comments and other documents, then has nothing left to convert', () => {
    const dir = copyOfFixture();
    const untouched = read(dir, 'current.yaml');
    const written = runCli(cli, ['convert', '--write', dir]);
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('4 resources of an older Karpenter API in 3 files.\n');
    expect(written.stdout).not.toContain('--- a/');
    for (const file of ['classes.yaml', 'legacy.yaml', 'pools.yaml'])
      expect(written.stdout).toContain(`rewrote ${join(dir, file)}\n`);

    const pools = read(dir, 'pools.yaml');
    expect(pools).toMatch(
      /^# Karpenter for the web tier, still on v1beta1\.\n# Owned by platform\.\n/,
    );
    expect(pools).toContain('apiVersion: karpenter.sh/v1\n');
    expect(pools).toContain('  name: web # the web tier\n');
    expect(pools).toContain('        # c, m and r only\n');
    expect(pools).toContain(
      '---\n# not Karpenter: left alone, spacing and all\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}   # flow style stays\ndata:\n  mode:   "fast"\n',
    );
    expect(read(dir, 'classes.yaml')).toContain(
      "  role: KarpenterNodeRole-demo # made by the platform team's Terraform\n",
    );
    expect(read(dir, 'classes.yaml')).toContain('  kubelet:\n    maxPods: 58\n');
    expect(read(dir, 'legacy.yaml')).toMatch(
      /^# The batch fleet, from before v1beta1\.\napiVersion: karpenter\.sh\/v1\nkind: NodePool\n/,
    );
    expect(read(dir, 'current.yaml')).toBe(untouched);

    const again = runCli(cli, ['convert', dir]);
    expect(again.stdout).toBe('No resources of an older Karpenter API.\n');
    expect(again.code).toBe(0);
    const checked = runCli(cli, ['check', '--format', 'json', dir]);
    expect(checked.stdout).not.toContain('older-api');
  });

  it('exits 0 when nothing needs converting', () => {
    const run = convert(['fixtures/v1beta1/current.yaml']);
    expect(run.stdout).toBe('No resources of an older Karpenter API.\n');
    expect(run.code).toBe(0);
  });

  it('reads - as standard input for printing, and will not --write it', () => {
    const run = convert(['-'], { input: read(FIXTURE, 'pools.yaml') });
    expect(run.stdout).toContain('--- a/<stdin>\n+++ b/<stdin>\n');
    expect(run.stdout).toContain('<stdin>:3: karpenter.sh/v1beta1 NodePool "web" → v1\n');
    expect(run.code).toBe(1);
    const write = convert(['--write', '-'], { input: read(FIXTURE, 'pools.yaml') });
    expect(write.code).toBe(2);
    expect(write.stderr).toContain(
      '--write rewrites files in place and cannot rewrite standard input',
    );
  });

  it('names a file that is not YAML by line and column on stderr, exits 2, and writes nothing with --write', () => {
    const run = convert(['fixtures/repo/notes.yml', 'fixtures/v1beta1/pools.yaml']);
    expect(run.stderr).toMatch(/^fixtures\/repo\/notes\.yml:2:3: error: not YAML: /);
    expect(run.stdout).toContain('--- a/fixtures/v1beta1/pools.yaml\n');
    expect(run.code).toBe(2);

    const dir = copyOfFixture();
    writeFileSync(join(dir, 'broken.yaml'), 'key: value\n  - what: [unclosed\n');
    const before = read(dir, 'pools.yaml');
    const write = runCli(cli, ['convert', '--write', dir]);
    expect(write.code).toBe(2);
    expect(write.stderr).toContain(`${join(dir, 'broken.yaml')}:1:6: error: not YAML`);
    expect(write.stderr).toContain('Nothing was written');
    expect(read(dir, 'pools.yaml')).toBe(before);
  });

  it.each([
    [['convert', 'no/such/file.yaml'], 'no/such/file.yaml: no such file or directory'],
    [['convert'], 'convert needs files, folders or -'],
    [['convert', '--check', 'fixtures/v1beta1'], "Unknown option '--check'"],
  ])('exits 2 on bad usage or a missing path: %j', (args, reason) => {
    const run = runCli(cli, args, { cwd: HERE });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(reason);
  });

  it('has its own help, as convert --help and as help convert', () => {
    const help = convert(['--help']);
    expect(help.stdout).toMatch(/^Usage:\n {2}nodepool-designer convert \[--write\] <path…>\n/);
    expect(help.code).toBe(0);
    expect(runCli(cli, ['help', 'convert']).stdout).toBe(help.stdout);
  });
});
