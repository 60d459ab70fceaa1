import { describe, expect, it } from 'vitest';
import { problemSentence } from './apiProblem';
import {
  classWith,
  ec2NodeClass,
  nodePool,
  poolLabelled,
  poolRequiring,
  poolWith,
  withField,
} from '../../../../test/apiServer/manifestBuilders';
import { manifestKind, validateManifest } from './validateManifest';

const rules = (manifest: unknown) => validateManifest(manifest).map((p) => p.rule);
const sentences = (manifest: unknown) => validateManifest(manifest).map(problemSentence);

describe('validateManifest', () => {
  it('accepts a minimal NodePool and a minimal EC2NodeClass', () => {
    expect(validateManifest(nodePool())).toEqual([]);
    expect(validateManifest(ec2NodeClass())).toEqual([]);
  });

  it('rejects an unknown field and suggests the field it resembles', () => {
    expect(sentences(poolWith({ consolidateafter: '1m' }))).toEqual([
      'spec.consolidateafter is not a known field (kubectl rejects unknown fields): remove it or check its spelling.',
    ]);
    expect(sentences(poolWith({ weigth: 10 }))).toEqual([
      'spec.weigth is not a known field (kubectl rejects unknown fields): did you mean weight?',
    ]);
  });

  it('rejects an unknown field inside status, although status itself is discarded', () => {
    expect(rules(withField(nodePool(), 'status', { nodes: 'ignored', extra: 1 }))).toEqual([
      'unknown-field',
    ]);
  });

  it('applies defaults before the checks: no disruption block is complete, an empty one lacks consolidateAfter', () => {
    expect(validateManifest(poolWith({ disruption: undefined }))).toEqual([]);
    expect(validateManifest(poolWith({ disruption: {} }))).toEqual([
      {
        path: 'spec.disruption.consolidateAfter',
        rule: 'required',
        message: 'is required, e.g. 30s, 5m or Never',
      },
    ]);
  });

  it('checks the rules against defaulted values: a default budget has no schedule to pair', () => {
    const pool = poolWith({
      disruption: { consolidateAfter: '1m', budgets: [{ schedule: '@daily', duration: '1h' }] },
    });
    expect(validateManifest(pool)).toEqual([]);
  });

  it('treats a null field as absent, or as its default', () => {
    expect(validateManifest(poolWith({ weight: null, disruption: null }))).toEqual([]);
    expect(validateManifest(classWith({ metadataOptions: null }))).toEqual([]);
  });

  it('rejects null in a list or a map, where nothing prunes it', () => {
    expect(sentences(poolLabelled({ team: null }))).toEqual([
      'spec.template.metadata.labels[team] must be a string, not null.',
    ]);
  });

  it('writes map keys in brackets and list indexes as [i]', () => {
    const problems = validateManifest(poolWith({ limits: { 'nvidia.com/gpu': 'eight' } }));
    expect(problems.map((p) => p.path)).toEqual(['spec.limits[nvidia.com/gpu]']);
    expect(
      validateManifest(poolRequiring({ key: 'a', operator: 'In' })).map((p) => p.path),
    ).toEqual(['spec.template.spec.requirements[0].values']);
  });

  it('skips every CEL rule once a value has the wrong type, as the API server does', () => {
    // replicas with weight breaks a CEL rule, but the string weight stops the rules first.
    expect(rules(poolWith({ weight: '10', replicas: 1 }))).toEqual(['type']);
    expect(rules(poolWith({ weight: 10, replicas: 1 }))).toEqual(['static-pool-weight']);
  });

  it('still runs the rules after pattern, range and required errors', () => {
    expect(rules(poolWith({ weight: 500, replicas: 1 }))).toEqual([
      'maximum',
      'static-pool-weight',
    ]);
  });

  it('says which values an enum allows', () => {
    expect(sentences(classWith({ amiFamily: 'Ubuntu' }))).toEqual([
      'spec.amiFamily must be one of AL2, AL2023, Bottlerocket, Custom, Windows2019, Windows2022, Windows2025 (got "Ubuntu").',
    ]);
  });

  it('says what a pattern means rather than quoting the regular expression', () => {
    expect(sentences(withField(nodePool(), 'spec.template.spec.expireAfter', '30d'))).toEqual([
      'spec.template.spec.expireAfter must be a duration such as 30s, 5m or 1h30m, or Never (got "30d").',
    ]);
  });

  it('counts characters, not UTF-16 units, against maxLength', () => {
    expect(
      validateManifest(classWith({ amiSelectorTerms: [{ alias: `al2023@${'é'.repeat(23)}` }] })),
    ).toEqual([]);
  });

  it('checks taint times as RFC 3339 date-times, leap days included', () => {
    const taintAt = (timeAdded: string) =>
      withField(nodePool(), 'spec.template.spec.taints', [
        { key: 'a', effect: 'NoSchedule', timeAdded },
      ]);
    expect(validateManifest(taintAt('2024-02-29T12:00:00+02:00'))).toEqual([]);
    expect(rules(taintAt('2023-02-29T12:00:00Z'))).toEqual(['format']);
  });

  describe('metadata', () => {
    it('requires a DNS-1123 name, with the inspector’s wording', () => {
      expect(sentences(nodePool('GPU_Pool'))).toEqual([
        "metadata.name must be lowercase letters, digits, '-' or '.', and start and end with a letter or digit (got \"GPU_Pool\").",
      ]);
      expect(sentences(withField(nodePool(), 'metadata.name', undefined))).toEqual([
        'metadata.name is required.',
      ]);
    });

    it('accepts a generateName in place of a name', () => {
      expect(
        validateManifest(withField(nodePool(), 'metadata', { generateName: 'pool-' })),
      ).toEqual([]);
    });

    it('checks label keys and values and annotation keys', () => {
      const manifest = withField(nodePool(), 'metadata', {
        name: 'x',
        labels: { 'Example.com/team': 'ml', team: 'a b' },
        annotations: { 'bad key': 'fine value' },
      });
      expect(validateManifest(manifest).map((p) => `${p.path} ${p.rule}`)).toEqual([
        'metadata.labels[Example.com/team] metadata-key',
        'metadata.labels[team] metadata-value',
        'metadata.annotations[bad key] metadata-key',
      ]);
    });

    it('rejects fields ObjectMeta does not have', () => {
      expect(sentences(withField(nodePool(), 'metadata.label', { a: 'b' }))).toEqual([
        'metadata.label is not a field of ObjectMeta: did you mean labels?',
      ]);
    });
  });

  describe('kind and apiVersion', () => {
    it('names the served version for a known kind', () => {
      expect(sentences(withField(nodePool(), 'apiVersion', 'karpenter.sh/v1beta1'))).toEqual([
        'apiVersion "karpenter.sh/v1beta1" does not serve NodePool: use karpenter.sh/v1.',
      ]);
    });

    it('says which kinds it validates', () => {
      expect(sentences({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } })).toEqual([
        'kind "ConfigMap" is not a kind this designer validates: use NodePool or EC2NodeClass.',
      ]);
      expect(sentences('NodePool')).toEqual(['A manifest must be an object (got "NodePool").']);
    });

    it('tells the kind of a manifest', () => {
      expect(manifestKind(nodePool())).toBe('NodePool');
      expect(manifestKind(ec2NodeClass())).toBe('EC2NodeClass');
      expect(
        manifestKind(withField(ec2NodeClass(), 'apiVersion', 'karpenter.k8s.aws/v1beta1')),
      ).toBeUndefined();
      expect(manifestKind(null)).toBeUndefined();
    });
  });

  describe('memoisation', () => {
    it('returns the same result for the same manifest object', () => {
      const manifest = poolWith({ weight: 0 });
      expect(validateManifest(manifest)).toBe(validateManifest(manifest));
    });

    it('validates an edited copy afresh', () => {
      const manifest = poolWith({ weight: 0 });
      const edited = withField(manifest, 'spec.weight', 10);
      expect(validateManifest(manifest)).toHaveLength(1);
      expect(validateManifest(edited)).toEqual([]);
    });
  });

  it('never changes the manifest it validates', () => {
    const manifest = poolWith({ disruption: { consolidateAfter: '1m' }, weight: null });
    const before = JSON.stringify(manifest);
    validateManifest(manifest);
    expect(JSON.stringify(manifest)).toBe(before);
  });
});
