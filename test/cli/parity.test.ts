import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { resourceById, resourceName } from '../../src/domain/design/resources';
import { EMPTY_DESIGN } from '../../src/domain/design/types';
import { validateDesign } from '../../src/domain/validation/validateDesign';
import { emptyImport, importYaml } from '../../src/domain/yaml/import/importYaml';
import { addImported } from '../../src/domain/yaml/import/importResources';
import { readMigDocuments } from '../../src/domain/yaml/import/migDocuments';
import { ec2NodeClassCorpus } from '../apiServer/ec2NodeClassCorpus';
import { nodePoolCorpus } from '../apiServer/nodePoolCorpus';
import { sequentialIds } from '../fixtures/fixtures';
import { CATALOG } from '../support/instanceCatalog';
import { CANONICAL_FILES, HAND_WRITTEN_FILES, kubectlListManifests } from '../yaml/realWorld';
import { buildCli, runCli } from './builtCli';

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
  // The manifests the API server accepts: the cases built to break one rule are pinned one by
  // one by the apiServer tests, and hundreds of pools in one design make the pairwise rules slow.
  const accepted = [...nodePoolCorpus(), ...ec2NodeClassCorpus()].filter(
    (c) => c.breaks.length === 0,
  );
  const cases = accepted.map((c, i) => ({
    name: `case-${String(i).padStart(3, '0')}.yaml`,
    text: stringify(c.manifest),
  }));
  const realWorld = [
    ...CANONICAL_FILES,
    ...HAND_WRITTEN_FILES,
    { name: 'kubectl-get.yaml', text: kubectlListManifests() },
  ].map((f) => ({ name: `real-${f.name.replace(/[^\w.-]/g, '_')}`, text: f.text }));
  return [...cases, ...realWorld];
}

/** The app's engine on the same files: the import of each, added to one design, validated. */
function appProblems(files: readonly { name: string; text: string }[]): string[] {
  const all = emptyImport();
  for (const file of files) {
    const read = importYaml(file.text, file.name);
    all.nodeClasses.push(...read.nodeClasses);
    all.nodePools.push(...read.nodePools);
    all.workloads.push(...read.workloads);
    all.others.push(...read.others);
  }
  const { design } = addImported(EMPTY_DESIGN, readMigDocuments(all), sequentialIds());
  return validateDesign(design, CATALOG).map((p) => {
    const r = resourceById(design, p.resourceId);
    const kind = r?.kind === 'MigProfile' || !r ? (r?.kind ?? '?') : r.manifest.kind;
    return `${p.severity} ${p.rule} ${kind}/${r ? resourceName(r) : '?'}: ${p.message}`;
  });
}

describe('check reports what the app reports', () => {
  it('on the app’s test corpus, every problem of validateDesign and no other', () => {
    const files = corpusFiles();
    const dir = mkdtempSync(join(tmpdir(), 'nodepool-parity-'));
    for (const file of files) writeFileSync(join(dir, file.name), file.text);
    const run = runCli(cli, ['check', '--format', 'json', dir]);
    const report = JSON.parse(run.stdout) as {
      files: string[];
      problems: {
        severity: string;
        rule: string;
        resource: { kind: string; name: string } | null;
        message: string;
      }[];
    };
    expect(report.files).toHaveLength(files.length);
    const reported = report.problems
      .filter((p) => !IMPORT_RULES.has(p.rule))
      .map((p) => `${p.severity} ${p.rule} ${p.resource?.kind}/${p.resource?.name}: ${p.message}`);
    const expected = appProblems(files);
    expect(expected.length).toBeGreaterThan(20);
    expect(reported.sort()).toEqual(expected.sort());
  });
});
