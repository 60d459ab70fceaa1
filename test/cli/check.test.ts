import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, ROOT, runCli } from './builtCli';
import { golden } from './goldenFile';

const HERE = join(ROOT, 'test', 'cli');

let cli: string;
beforeAll(async () => {
  // Git ignores node_modules folders, so the one the folder walk must skip is made here.
  mkdirSync(join(HERE, 'fixtures/repo/node_modules/dep'), { recursive: true });
  writeFileSync(join(HERE, 'fixtures/repo/node_modules/dep/broken.yaml'), 'key: [unclosed\n');
  cli = await buildCli();
}, 60_000);

const runs = new Map<string, ReturnType<typeof runCli>>();

/** The binary on `args`; a run with the same arguments and input is made once per file. */
function check(args: readonly string[], options: { input?: string; cwd?: string } = {}) {
  const key = JSON.stringify([args, options]);
  const run = runs.get(key) ?? runCli(cli, ['check', ...args], { cwd: HERE, ...options });
  runs.set(key, run);
  return run;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'nodepool-check-'));
}

interface JsonReport {
  version: number;
  files: string[];
  problems: {
    file: string;
    line: number;
    column: number;
    severity: string;
    rule: string;
    resource: { kind: string; name: string } | null;
    message: string;
  }[];
  summary: { errors: number; warnings: number; infos: number; files: number };
}

describe('nodepool-designer check on a repository with known problems', () => {
  it.each([
    ['human', 'check.human.txt'],
    ['json', 'check.json'],
    ['sarif', 'check.sarif'],
    ['github', 'check.github.txt'],
  ])('prints the %s format as its golden file, and exits 1', (format, file) => {
    const run = check(['--format', format, 'fixtures/repo']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    golden(file, run.stdout);
  });

  it('reads folders recursively and sorted, skipping node_modules, dot-folders and other extensions', () => {
    const report = JSON.parse(check(['--format', 'json', 'fixtures/repo']).stdout) as JsonReport;
    expect(report.files).toEqual([
      'fixtures/repo/classes/default.yaml',
      'fixtures/repo/legacy/provisioner.yaml',
      'fixtures/repo/notes.yml',
      'fixtures/repo/pools/broken.yaml',
      'fixtures/repo/pools/general.yaml',
      'fixtures/repo/pools/list.yaml',
    ]);
  });

  it('finds a NodePool’s EC2NodeClass in another file, and reports a missing one at its name', () => {
    const report = JSON.parse(check(['--format', 'json', 'fixtures/repo']).stdout) as JsonReport;
    const dangling = report.problems.filter((p) => p.rule === 'nodeclassref-dangling');
    expect(dangling.map((p) => [p.file, p.line, p.column, p.resource?.name])).toEqual([
      ['fixtures/repo/pools/broken.yaml', 12, 9, 'heavy'],
    ]);
  });

  it('writes SARIF 2.1.0 that code scanning accepts: driver, rules, results with regions', () => {
    const sarif = JSON.parse(check(['-f', 'sarif', 'fixtures/repo']).stdout) as {
      version: string;
      $schema: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string };
              region: { startLine: number; startColumn: number };
            };
          }[];
        }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const [run] = sarif.runs;
    expect(run?.tool.driver.name).toBe('nodepool-designer');
    const rules = run?.tool.driver.rules ?? [];
    expect(run?.results.length).toBeGreaterThan(0);
    for (const result of run?.results ?? []) {
      expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text).not.toBe('');
      const location = result.locations[0]?.physicalLocation;
      expect(location?.artifactLocation.uri).toMatch(/^fixtures\/repo\/[\w/.-]+$/);
      expect(location?.region.startLine).toBeGreaterThanOrEqual(1);
      expect(location?.region.startColumn).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('exit codes', () => {
  it('exits 0 on a clean design', () => {
    const run = check(['fixtures/repo/classes', 'fixtures/repo/pools/general.yaml']);
    expect(run.stdout).toBe('0 errors, 0 warnings in 2 files\n');
    expect(run.code).toBe(0);
  });

  it('exits 0 on warnings alone, and 1 with --strict', () => {
    const files = ['fixtures/repo/classes', 'fixtures/repo/pools/list.yaml'];
    expect(check(files).code).toBe(0);
    expect(check(['--strict', ...files]).code).toBe(1);
  });

  it('leaves out the rules --ignore names', () => {
    const files = ['fixtures/repo/classes', 'fixtures/repo/pools/list.yaml'];
    const run = check(['--strict', '--ignore', 'spot-few-instance-types', ...files]);
    expect(run.stdout).toBe('0 errors, 0 warnings in 2 files\n');
    expect(run.code).toBe(0);
  });

  it('exits 2 with the reason on stderr for a path that does not exist', () => {
    const run = check(['fixtures/repo', 'no/such/file.yaml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no/such/file.yaml: no such file or directory');
  });

  it.each([
    [['check', '--format', 'xml', 'fixtures/repo'], '--format must be one of'],
    [['check', '--no-such-option', 'fixtures/repo'], "Unknown option '--no-such-option'"],
    [['check'], 'check needs files, folders or -'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [[], 'no command given'],
  ])('exits 2 on bad usage: %j', (args, reason) => {
    const run = runCli(cli, args, { cwd: HERE });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(reason);
  });
});

describe('inputs', () => {
  it('reads - as standard input, multi-document YAML included', () => {
    const text = readFileSync(join(HERE, 'fixtures/repo/pools/broken.yaml'), 'utf8');
    const run = check(['-f', 'github', '-'], { input: text });
    expect(run.stdout).toContain('::error file=<stdin>,line=6,col=3,title=api%3Amaximum::');
    expect(run.code).toBe(1);
  });

  it('silences one rule on one resource with a nodepool-designer-ignore comment', () => {
    const report = JSON.parse(check(['--format', 'json', 'fixtures/repo']).stdout) as JsonReport;
    const noLimits = report.problems.filter((p) => p.rule === 'nodepool-no-limits');
    // "batch" is in the same file and has no limits either; its comment silences the rule.
    expect(noLimits.map((p) => p.resource?.name)).toEqual(['heavy']);
  });

  it('reports a file that is not text at line 1 and still checks the others', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'image.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2]));
    const run = check(['-f', 'json', dir, 'fixtures/repo/pools/broken.yaml']);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.problems[0]).toMatchObject({
      file: join(dir, 'image.yaml'),
      line: 1,
      column: 1,
      rule: 'unreadable',
    });
    expect(report.problems.some((p) => p.rule === 'api:maximum')).toBe(true);
    expect(run.code).toBe(1);
  });

  it('checks a 10 MB file, past the 5 MB the app imports at once', () => {
    const dir = tempDir();
    const dashboards = Array.from(
      { length: 95_000 },
      (_, i) => `    line ${i}: ${'x'.repeat(100)}`,
    );
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: dashboards',
      'data:',
      '  big.json: |',
      ...dashboards,
      '---',
      'apiVersion: karpenter.sh/v1',
      'kind: NodePool',
      'metadata:',
      '  name: late',
      'spec:',
      '  weight: 500',
      '',
    ].join('\n');
    expect(text.length).toBeGreaterThan(10 * 1024 * 1024);
    writeFileSync(join(dir, 'big.yaml'), text);
    const run = check(['-f', 'json', join(dir, 'big.yaml')]);
    const report = JSON.parse(run.stdout) as JsonReport;
    // The pool lacks its template: the import says so at the document's line.
    expect(report.problems.map((p) => [p.line, p.severity])).toEqual([[95_007, 'error']]);
    expect(run.code).toBe(1);
  });

  it('reports older Karpenter APIs with the hint to convert them', () => {
    const report = JSON.parse(
      check(['-f', 'json', 'fixtures/repo/legacy', 'fixtures/repo/classes']).stdout,
    ) as JsonReport;
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        rule: 'older-api',
        line: 1,
        column: 1,
        resource: { kind: 'Provisioner', name: 'legacy' },
        message: expect.stringContaining('`nodepool-designer convert` turns it into v1') as string,
      }),
    );
  });
});

describe('a large repository', () => {
  it('reports each copy’s problem in its own file at the field', () => {
    // Sixty copies of the fixture repository: files are parsed again for positions only when
    // they have findings, and each finding must still point into its own file.
    const dir = tempDir();
    const files = [
      'classes/default.yaml',
      'legacy/provisioner.yaml',
      'pools/broken.yaml',
      'pools/general.yaml',
      'pools/list.yaml',
      'notes.yml',
    ];
    for (let copy = 0; copy < 60; copy++) {
      mkdirSync(join(dir, `team-${copy}`));
      for (const file of files) {
        const text = readFileSync(join(HERE, 'fixtures/repo', file), 'utf8');
        writeFileSync(join(dir, `team-${copy}`, file.replace('/', '-')), text);
      }
    }
    const { stdout, code } = runCli(cli, ['check', '-f', 'json', dir]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    // Every copy's broken pool is reported inside its own file, at the field, not at line 1.
    const broken = report.problems.filter((p) => p.rule === 'api:maximum');
    expect(new Set(broken.map((p) => p.file)).size).toBe(60);
    expect(broken.every((p) => p.line === 6 && p.column === 3)).toBe(true);
  });
});

describe('the binary itself', () => {
  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const run = runCli(cli, ['--version']);
    expect(run.stdout).toBe(`${version}\n`);
    expect(run.code).toBe(0);
  });

  it('prints help for the tool and for check', () => {
    expect(runCli(cli, ['--help']).stdout).toContain('nodepool-designer <command>');
    const checkHelp = runCli(cli, ['check', '--help']);
    expect(checkHelp.stdout).toContain('nodepool-designer-ignore');
    expect(checkHelp.code).toBe(0);
  });

  it('carries no React, Monaco, React Flow or zustand, in its entry or the chunks beside it', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    // The entry is the dispatcher alone, so --version never parses the engine.
    expect(statSync(cli).size).toBeLessThan(20_000);
    const files = readdirSync(dirname(cli));
    expect(files.length).toBeGreaterThan(1);
    const bundle = files.map((file) => readFileSync(join(dirname(cli), file), 'utf8')).join('\n');
    expect(bundle).toContain('validateDesign');
    for (const library of [
      'node_modules/react',
      'monaco-editor',
      '@xyflow',
      'node_modules/zustand',
      'zundo',
    ])
      expect(bundle).not.toContain(library);
    // Nothing but Node's own modules and the bundle's own chunks.
    expect(bundle).not.toMatch(/^import .* from ["'](?!node:|\.\/nodepool-designer[-.])/m);
  });
});
