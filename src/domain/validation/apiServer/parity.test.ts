import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateManifest as oracle } from '../../../../test/support/crdOracle';
import { collectRules } from '../../../../test/support/crd-oracle/cel';
import { loadKarpenterCrds } from '../../../../test/support/crd-oracle/loadCrds';
import { implementedRules, skippedTransitionRules } from './ruleCatalogue';
import { ec2NodeClassArbitrary } from '../../../../test/apiServer/ec2NodeClassArbitrary';
import { nodePoolArbitrary } from '../../../../test/apiServer/nodePoolArbitrary';
import type { CorpusCase } from '../../../../test/apiServer/corpusCase';
import { ec2NodeClassCorpus } from '../../../../test/apiServer/ec2NodeClassCorpus';
import { nodePoolCorpus } from '../../../../test/apiServer/nodePoolCorpus';
import { validateManifest } from './validateManifest';

/**
 * The engine must reject exactly what the upstream CRDs reject, as replayed by the test oracle
 * (test/support/crdOracle: the real CRD files, real CEL). Everything here compares the two.
 */

function mismatch(manifest: unknown): string | undefined {
  const ours = validateManifest(manifest);
  const theirs = oracle(manifest);
  if ((ours.length === 0) === theirs.valid) return undefined;
  return [
    `engine says ${ours.length === 0 ? 'valid' : 'invalid'}, oracle says ${theirs.valid ? 'valid' : 'invalid'}`,
    `manifest: ${JSON.stringify(manifest, null, 2)}`,
    `engine: ${JSON.stringify(ours, null, 2)}`,
    `oracle: ${JSON.stringify(theirs.errors, null, 2)}`,
  ].join('\n');
}

const corpus: CorpusCase[] = [...nodePoolCorpus(), ...ec2NodeClassCorpus()];

describe('parity with the CRD oracle', () => {
  it('has a corpus of at least 150 manifests, valid and invalid', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((c) => c.breaks.length === 0).length).toBeGreaterThanOrEqual(30);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('agrees on %s', (_name, c) => {
    expect(mismatch(c.manifest)).toBeUndefined();
    // The corpus itself is checked too: a manifest meant to break a rule must be rejected (by
    // the oracle) and must break that rule (in the engine), or it tests nothing.
    expect(oracle(c.manifest).valid).toBe(c.breaks.length === 0);
    const rules = validateManifest(c.manifest).map((p) => p.rule);
    expect(rules).toEqual(expect.arrayContaining([...c.breaks]));
  });

  it('agrees on generated NodePools', () => {
    fc.assert(
      fc.property(nodePoolArbitrary(), (manifest) => {
        const why = mismatch(manifest);
        if (why !== undefined) throw new Error(why);
      }),
      { numRuns: 200 },
    );
  });

  it('agrees on generated EC2NodeClasses', () => {
    fc.assert(
      fc.property(ec2NodeClassArbitrary(), (manifest) => {
        const why = mismatch(manifest);
        if (why !== undefined) throw new Error(why);
      }),
      { numRuns: 200 },
    );
  });
});

describe('rule coverage', () => {
  const crds = loadKarpenterCrds();
  const upstream = (kind: string) => {
    const crd = crds.versions.find((v) => v.kind === kind && v.version === 'v1');
    if (crd === undefined) throw new Error(`no ${kind} CRD`);
    return collectRules(crd.schema).map(({ path, rule }) => `${path} :: ${rule.rule}`);
  };
  const ours = (kind: string, entries = implementedRules()) =>
    entries.filter((e) => e.kind === kind).map((e) => `${e.path} :: ${e.cel}`);

  it.each([
    ['NodePool', 20, 17],
    ['EC2NodeClass', 54, 54],
  ] as const)(
    'implements every CEL rule of the %s CRD at its place (%i upstream, %i without transition rules)',
    (kind, total, implemented) => {
      const expected = upstream(kind);
      expect(expected).toHaveLength(total);
      expect(ours(kind)).toHaveLength(implemented);
      expect([...ours(kind), ...ours(kind, skippedTransitionRules())].sort()).toEqual(
        [...expected].sort(),
      );
    },
  );

  it('skips exactly the rules that read oldSelf', () => {
    for (const rule of skippedTransitionRules()) expect(rule.cel).toContain('oldSelf');
    for (const rule of implementedRules()) expect(rule.cel).not.toContain('oldSelf');
  });

  it('has a corpus manifest that breaks each implemented rule', () => {
    const broken = new Set(corpus.flatMap((c) => c.breaks));
    const untested = implementedRules().filter((rule) => !broken.has(rule.id));
    expect(untested.map((rule) => rule.id)).toEqual([]);
  });

  it('gives each rule its own id, shared only by the same rule at several places', () => {
    const byId = new Map<string, string>();
    for (const rule of implementedRules()) {
      expect(byId.get(rule.id) ?? rule.cel).toBe(rule.cel);
      byId.set(rule.id, rule.cel);
    }
  });
});
