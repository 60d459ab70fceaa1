import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { resourceById, resourceName, workloadResources } from '../../src/domain/design/resources';
import { EMPTY_DESIGN } from '../../src/domain/design/types';
import { planOfDesign } from '../../src/domain/scheduling/plan/designPlan';
import { planProblems } from '../../src/domain/scheduling/present/planProblems';
import { validateDesign } from '../../src/domain/validation/validateDesign';
import { emptyImport, importYaml } from '../../src/domain/yaml/import/importYaml';
import { mergeImported } from '../../src/domain/yaml/import/importResources';
import { readMigDocuments } from '../../src/domain/yaml/import/migDocuments';
import { ec2NodeClassCorpus } from '../apiServer/ec2NodeClassCorpus';
import { nodePoolCorpus } from '../apiServer/nodePoolCorpus';
import { sequentialIds } from '../fixtures/fixtures';
import { CATALOG } from '../support/instanceCatalog';
import { CANONICAL_FILES, HAND_WRITTEN_FILES, kubectlListManifests } from '../yaml/realWorld';
import { buildCli, ROOT, runCli } from './builtCli';

/** What the import says about a file, which validateDesign does not: left out of the parity. */
const IMPORT_RULES = new Set([
  'yaml-syntax',
  'import',
  'conversion',
  'older-api',
  'too-deep',
  'unreadable',
]);

let cli: string;
beforeAll(async () => {
  cli = await buildCli();
}, 60_000);

/** The app's test corpus as files: the API-server parity corpora and the real-world YAML. */
function corpusFiles(): { name: string; text: string }[] {
  // Every case, the ones built to break a rule too: hand-written mistakes must be reported, not
  // crash the check, and reported as the app reports them.
  const cases = [...nodePoolCorpus(), ...ec2NodeClassCorpus()].map((c, i) => ({
    name: `case-${String(i).padStart(3, '0')}.yaml`,
    text: stringify(c.manifest),
  }));
  const realWorld = [
    ...CANONICAL_FILES,
    ...HAND_WRITTEN_FILES,
    { name: 'kubectl-get.yaml', text: kubectlListManifests() },
  ].map((f) => ({ name: `real-${f.name.replace(/[^\w.-]/g, '_')}`, text: f.text }));
  // In the order the folder walk reads them: messages that list other pools list them in it.
  return [...cases, ...realWorld].sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * The app's engine on the same files: the import of each, added to one design, its Problems list
 * (validateDesign, and a warning per workload that would stay pending, as selectProblems adds).
 */
function appProblems(files: readonly { name: string; text: string }[]): string[] {
  const all = emptyImport();
  for (const file of files) {
    const read = importYaml(file.text, file.name);
    all.nodeClasses.push(...read.nodeClasses);
    all.nodePools.push(...read.nodePools);
    all.workloads.push(...read.workloads);
    all.others.push(...read.others);
  }
  // Not laid out: positions change no problem, and a canvas layout of the whole corpus is slow.
  const { design } = mergeImported(EMPTY_DESIGN, readMigDocuments(all), sequentialIds());
  const problems = validateDesign(design, CATALOG);
  if (workloadResources(design).length > 0)
    problems.push(...planProblems(planOfDesign(design, CATALOG)));
  return problems.map((p) => {
    const r = resourceById(design, p.resourceId);
    const kind = r?.kind === 'MigProfile' || !r ? (r?.kind ?? '?') : r.manifest.kind;
    return `${p.severity} ${p.rule} ${kind}/${r ? resourceName(r) : '?'}: ${p.message}`;
  });
}

interface Reported {
  files: string[];
  problems: {
    severity: string;
    rule: string;
    resource: { kind: string; name: string } | null;
    message: string;
  }[];
}

/** `check --format json` on a folder, each problem as appProblems writes it. */
function checkProblems(dir: string): { files: string[]; problems: string[] } {
  const run = runCli(cli, ['check', '--format', 'json', dir]);
  const report = JSON.parse(run.stdout) as Reported;
  const problems = report.problems
    .filter((p) => !IMPORT_RULES.has(p.rule))
    .map((p) => `${p.severity} ${p.rule} ${p.resource?.kind}/${p.resource?.name}: ${p.message}`);
  return { files: report.files, problems };
}

describe('check reports what the app reports', () => {
  it('on the app’s test corpus, every problem of validateDesign and no other', () => {
    const files = corpusFiles();
    const dir = mkdtempSync(join(tmpdir(), 'nodepool-parity-'));
    for (const file of files) writeFileSync(join(dir, file.name), file.text);
    const reported = checkProblems(dir);
    expect(reported.files).toHaveLength(files.length);
    const expected = appProblems(files);
    expect(expected.length).toBeGreaterThan(500);
    expect(reported.problems.sort()).toEqual(expected.sort());
  });

  it('on a design with workloads, the warning for the one that would stay pending', () => {
    const dir = join(ROOT, 'test', 'cli', 'fixtures', 'pending');
    const files = readdirSync(dir).map((name) => ({
      name,
      text: readFileSync(join(dir, name), 'utf8'),
    }));
    const reported = checkProblems(dir);
    const expected = appProblems(files);
    expect(expected.filter((p) => p.includes('plan/pending'))).toEqual([
      expect.stringMatching(
        /^warning plan\/pending Deployment\/in-memory-db: Workload "in-memory-db": 1 of 1 pod would stay pending/,
      ),
    ]);
    expect(reported.problems.sort()).toEqual(expected.sort());
  });
});
