import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readTestData } from '../../../test/support/testData';
import { isObject } from '../lib/isObject';
import { explainedFields } from './fields';

/**
 * The learn panel's field entries quote the CRDs' defaults in words; these tests hold them to the CRDs themselves, read
 * from test/data/karpenter-crds (Karpenter v1.14.1), so a default stated wrongly, or a field whose
 * CRD default goes unmentioned, fails here.
 */

interface Schema {
  default?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
}

function crdSchema(file: string): Schema {
  const crd: unknown = parse(readTestData(`karpenter-crds/${file}`));
  if (!isObject(crd) || !isObject(crd.spec) || !Array.isArray(crd.spec.versions)) {
    throw new Error(`${file} is not a CRD`);
  }
  const served: unknown[] = crd.spec.versions;
  const v1 = served.find((version) => isObject(version) && version.name === 'v1');
  if (!isObject(v1) || !isObject(v1.schema) || !isObject(v1.schema.openAPIV3Schema)) {
    throw new Error(`${file} has no v1 schema`);
  }
  return v1.schema.openAPIV3Schema;
}

const KINDS = [
  {
    kind: 'NodePool',
    schema: crdSchema('karpenter.sh_nodepools.yaml'),
    entries: explainedFields('NodePool'),
  },
  {
    kind: 'EC2NodeClass',
    schema: crdSchema('karpenter.k8s.aws_ec2nodeclasses.yaml'),
    entries: explainedFields('EC2NodeClass'),
  },
] as const;

/** `spec.disruption.budgets[].nodes` as the steps a schema nests: `[]` is a list's items. */
function steps(path: string): string[] {
  return path
    .split('.')
    .flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
}

function child(schema: Schema | undefined, step: string): Schema | undefined {
  return step === '[]' ? schema?.items : schema?.properties?.[step];
}

function schemaAt(root: Schema, path: string): Schema | undefined {
  return steps(path).reduce<Schema | undefined>(child, root);
}

function valueAt(value: unknown, rest: readonly string[]): unknown {
  let current = value;
  for (const step of rest) {
    if (step === '[]') return undefined;
    if (!isObject(current)) return undefined;
    current = current[step];
  }
  return current;
}

/**
 * The value the API server gives a field that is left out: its own `default:`, or else the value
 * an enclosing object's default carries for it (`spec.disruption` defaults to
 * `{consolidateAfter: 0s}`, while consolidateAfter itself has no default).
 */
function crdDefault(root: Schema, path: string): unknown {
  const all = steps(path);
  let schema: Schema | undefined = root;
  let inherited: unknown;
  for (const [index, step] of all.entries()) {
    schema = child(schema, step);
    if (schema?.default !== undefined && index < all.length - 1) {
      inherited = valueAt(schema.default, all.slice(index + 1)) ?? inherited;
    }
  }
  return schema?.default ?? inherited;
}

/** Every path under `spec` whose schema carries a `default:`. */
function defaultedPaths(schema: Schema, path = ''): string[] {
  const here = path !== '' && schema.default !== undefined ? [path] : [];
  const below = Object.entries(schema.properties ?? {}).flatMap(([name, sub]) =>
    defaultedPaths(sub, path === '' ? name : `${path}.${name}`),
  );
  const items = schema.items ? defaultedPaths(schema.items, `${path}[]`) : [];
  return [...here, ...below, ...items].filter((p) => p.startsWith('spec'));
}

/** The scalars a default is made of, each with the key it sits under in an object. */
function leaves(value: unknown, key?: string): { key?: string; value: string }[] {
  if (Array.isArray(value)) return value.flatMap((item) => leaves(item, key));
  if (isObject(value)) return Object.entries(value).flatMap(([k, v]) => leaves(v, k));
  return [{ ...(key === undefined ? {} : { key }), value: String(value) }];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `720h` in "720h (30 days)", and for an object default `key value` or `key: value`. */
function mentions(text: string, leaf: { key?: string; value: string }, nested: boolean): boolean {
  const value = `(?<![\\w.])${escape(leaf.value)}(?!\\w)`;
  const pattern = nested && leaf.key ? `\\b${escape(leaf.key)}:?\\s+${value}` : value;
  return new RegExp(pattern).test(text);
}

const fieldEntries = KINDS.flatMap(({ kind, schema, entries }) =>
  entries.map(([id, field]) => ({
    kind,
    schema,
    entry: { id, default: field.default },
    path: id.slice(kind.length + 1),
  })),
);

describe('field entries against the Karpenter CRDs', () => {
  it.each(fieldEntries.map((f) => [f.entry.id, f] as const))(
    '%s names a field the CRD has',
    (_id, { schema, path }) => {
      // ObjectMeta (metadata.name...) is Kubernetes', not described in the CRD.
      if (path.startsWith('metadata.')) return;
      expect(schemaAt(schema, path)).toBeDefined();
    },
  );

  it.each(fieldEntries.map((f) => [f.entry.id, f] as const))(
    '%s states the CRD default, if the CRD has one',
    (_id, { schema, path, entry }) => {
      const value = crdDefault(schema, path);
      if (value === undefined) return;
      expect(entry.default, `${entry.id} should state the CRD default`).toBeDefined();
      const nested = typeof value === 'object';
      for (const leaf of leaves(value)) {
        expect(
          mentions(entry.default ?? '', leaf, nested),
          `${entry.id}: "${entry.default}" should say ${leaf.key ?? ''} ${leaf.value}`,
        ).toBe(true);
      }
    },
  );

  it.each(KINDS.flatMap(({ kind, schema }) => defaultedPaths(schema).map((p) => `${kind}:${p}`)))(
    '%s has a CRD default, so it has an entry',
    (id) => {
      expect(fieldEntries.map((f) => f.entry.id)).toContain(id);
    },
  );

  it('reads the defaults the entries are written from', () => {
    const [nodePool, nodeClass] = [KINDS[0].schema, KINDS[1].schema];
    expect(crdDefault(nodePool, 'spec.disruption.consolidateAfter')).toBe('0s');
    expect(crdDefault(nodePool, 'spec.disruption.consolidationPolicy')).toBe(
      'WhenEmptyOrUnderutilized',
    );
    expect(crdDefault(nodePool, 'spec.disruption.budgets')).toEqual([{ nodes: '10%' }]);
    expect(crdDefault(nodePool, 'spec.template.spec.expireAfter')).toBe('720h');
    expect(crdDefault(nodePool, 'spec.weight')).toBeUndefined();
    expect(crdDefault(nodeClass, 'spec.metadataOptions.httpPutResponseHopLimit')).toBe(1);
  });
});
