import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, ROOT, runCli } from './builtCli';
import { golden } from './goldenFile';

const HERE = join(ROOT, 'test', 'cli');

let cli: string;
beforeAll(async () => {
  cli = await buildCli();
}, 60_000);

const runs = new Map<string, ReturnType<typeof runCli>>();

/** The binary on `args`; a run with the same arguments and input is made once per file. */
function simulate(args: readonly string[], options: { input?: string } = {}) {
  const key = JSON.stringify([args, options]);
  const run = runs.get(key) ?? runCli(cli, ['simulate', ...args], { cwd: HERE, ...options });
  runs.set(key, run);
  return run;
}

interface JsonSimulation {
  version: number;
  workloads: { namespace: string; name: string; pool: string | null; pending: boolean }[];
  messages: { file: string; line: number; column: number; severity: string; text: string }[];
}

describe('nodepool-designer simulate on a GPU pool, a general pool and their workloads', () => {
  it.each([
    ['human', 'simulate.human.txt'],
    ['json', 'simulate.json'],
  ])(
    'prints the %s format as its golden file, and exits 1 for the pending workload',
    (format, file) => {
      const run = simulate(['--format', format, 'fixtures/simulate']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      golden(file, run.stdout);
    },
  );

  it('places the tolerating workload on the GPU pool and the rest on the general pool', () => {
    const result = JSON.parse(
      simulate(['-f', 'json', 'fixtures/simulate']).stdout,
    ) as JsonSimulation;
    expect(result.workloads.map((w) => [`${w.namespace}/${w.name}`, w.pool, w.pending])).toEqual([
      ['default/web', 'general', false],
      ['ml/notebook', null, true],
      ['ml/trainer', 'gpu', false],
    ]);
  });

  it('only reports the pending workload with --allow-pending, and exits 0', () => {
    const run = simulate(['--allow-pending', 'fixtures/simulate']);
    expect(run.stdout).toBe(simulate(['fixtures/simulate']).stdout);
    expect(run.code).toBe(0);
  });

  it('exits 0 when every workload is placed', () => {
    const [web] = readFileSync(join(HERE, 'fixtures/pending/apps.yaml'), 'utf8').split('---\n');
    const run = simulate(['fixtures/pending/cluster.yaml', '-'], { input: web });
    expect(run.stdout).toMatch(/1 workload: 1 placed, 0 pending\n$/);
    expect(run.code).toBe(0);
  });

  it('reads - as standard input, as `cat file | … simulate -`', () => {
    const text = ['cluster.yaml', 'workloads.yaml']
      .map((file) => readFileSync(join(HERE, 'fixtures/simulate', file), 'utf8'))
      .join('---\n');
    const run = simulate(['-'], { input: text });
    expect(run.stdout).toContain('ml/notebook (Deployment, <stdin>:');
    expect(run.stdout).toMatch(/3 workloads: 2 placed, 1 pending; 1 DaemonSet as overhead\n$/);
    expect(run.code).toBe(1);
  });

  it('pends exactly the workloads check warns would stay pending: both read the files alike', () => {
    const checked = JSON.parse(
      runCli(cli, ['check', '-f', 'json', 'fixtures/simulate'], { cwd: HERE }).stdout,
    ) as { problems: { rule: string; resource: { name: string } | null }[] };
    const warned = checked.problems
      .filter((p) => p.rule === 'plan/pending')
      .map((p) => p.resource?.name);
    const result = JSON.parse(
      simulate(['-f', 'json', 'fixtures/simulate']).stdout,
    ) as JsonSimulation;
    expect(warned).toEqual(['notebook']);
    expect(result.workloads.filter((w) => w.pending).map((w) => w.name)).toEqual(warned);
  });

  it('reports a file that is not YAML at its line and column, simulates the rest, and exits 1 even with --allow-pending', () => {
    const run = simulate([
      '-f',
      'json',
      '--allow-pending',
      'fixtures/repo/notes.yml',
      'fixtures/simulate',
    ]);
    const result = JSON.parse(run.stdout) as JsonSimulation;
    expect(result.messages).toEqual([
      expect.objectContaining({
        file: 'fixtures/repo/notes.yml',
        line: 2,
        column: 3,
        severity: 'error',
      }),
    ]);
    expect(result.workloads).toHaveLength(3);
    expect(run.code).toBe(1);
    expect(simulate(['fixtures/repo/notes.yml', 'fixtures/simulate']).stdout).toMatch(
      /^fixtures\/repo\/notes\.yml:2:3: error: YAML error: /,
    );
  });

  it.each([
    [
      ['simulate', 'fixtures/simulate', 'no/such/file.yaml'],
      'no/such/file.yaml: no such file or directory',
    ],
    [['simulate', '--format', 'sarif', 'fixtures/simulate'], '--format must be one of human, json'],
    [['simulate'], 'simulate needs files, folders or -'],
  ])('exits 2 on bad usage or a missing path: %j', (args, reason) => {
    const run = runCli(cli, args, { cwd: HERE });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(reason);
  });

  it('has its own help, listed in the tool’s', () => {
    const help = simulate(['--help']);
    expect(help.stdout).toContain('--allow-pending');
    expect(help.code).toBe(0);
    expect(runCli(cli, ['help', 'simulate']).stdout).toBe(help.stdout);
    const main = runCli(cli, ['--help']).stdout;
    expect(main).toMatch(/\n {2}convert {4}/);
    expect(main).toMatch(/\n {2}simulate {3}/);
  });
});
