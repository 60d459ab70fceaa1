import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { EC2NODECLASS_FIELDS } from '../../fields/ec2NodeClassFields';
import type { FieldHelp } from '../../fields/fieldHelp';
import { KIND_HELP } from '../../fields/kindHelp';
import { NODEPOOL_FIELDS } from '../../fields/nodePoolFields';
import {
  EC2NODECLASS_JSON_SCHEMA,
  KARPENTER_MANIFEST_JSON_SCHEMA,
  NODEPOOL_JSON_SCHEMA,
  type JsonSchema,
} from './jsonSchema';
import type { Schema } from './schema';
import type { CorpusCase } from '../../../../test/apiServer/corpusCase';
import { ec2NodeClassCorpus } from '../../../../test/apiServer/ec2NodeClassCorpus';
import { EC2NODECLASS_SCHEMA_CASES } from '../../../../test/apiServer/ec2NodeClassSchemaCorpus';
import {
  ec2NodeClass,
  nodePool,
  poolWith,
  withField,
} from '../../../../test/apiServer/manifestBuilders';
import { nodePoolCorpus } from '../../../../test/apiServer/nodePoolCorpus';
import { NODEPOOL_SCHEMA_CASES } from '../../../../test/apiServer/nodePoolSchemaCorpus';
import { KINDS, validateManifest, type ManifestKind } from './validateManifest';

// Strict, but for what plain draft-07 allows and the schema uses: `required` inside `anyOf`
// (metadata's name or generateName), `type: [integer, string]` (int-or-string) and keywords
// without a `type` (status, checked only for unknown fields).
const ajv = new Ajv({
  allErrors: true,
  strict: true,
  strictRequired: false,
  strictTypes: false,
  formats: { 'date-time': true },
});
// Read by YAML language servers, not by validators.
ajv.addVocabulary(['patternErrorMessage', 'enumDescriptions', 'doNotSuggest']);

const validators = new Map<JsonSchema, ValidateFunction>();
function validator(schema: JsonSchema): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  return validate;
}

/** The ajv errors of `manifest`, as `path message`: an empty list when it is valid. */
function errors(schema: JsonSchema, manifest: unknown): string[] {
  const validate = validator(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

const JSON_SCHEMA: Record<ManifestKind, JsonSchema> = {
  NodePool: NODEPOOL_JSON_SCHEMA,
  EC2NodeClass: EC2NODECLASS_JSON_SCHEMA,
};
const KIND_NAMES = Object.keys(KINDS) as ManifestKind[];

/** Each node of the engine's schema beside the JSON Schema node at the same place. */
function* pairs(
  schema: Schema,
  json: JsonSchema,
  path: string,
): Generator<[string, Schema, JsonSchema]> {
  yield [path, schema, json];
  if (schema.type === 'array' && json.items) yield* pairs(schema.items, json.items, `${path}[]`);
  if (schema.type !== 'object') return;
  for (const [key, child] of Object.entries(schema.properties)) {
    const jsonChild = json.properties?.[key];
    if (jsonChild === undefined) throw new Error(`${path}.${key} is missing`);
    yield* pairs(child, jsonChild, path === '' ? key : `${path}.${key}`);
  }
  if (schema.values && typeof json.additionalProperties === 'object') {
    yield* pairs(schema.values, json.additionalProperties, `${path}.*`);
  }
}

/** The engine's schema of a kind paired with the JSON Schema, `status` left out (shape only). */
function kindPairs(kind: ManifestKind) {
  const { status: _status, apiVersion: _v, kind: _k, ...fields } = KINDS[kind].schema.properties;
  const json = JSON_SCHEMA[kind];
  return Object.entries(fields).flatMap(([key, schema]) => {
    const child = json.properties?.[key];
    if (!child) throw new Error(`${kind} has no ${key}`);
    return [...pairs(schema, child, key)];
  });
}

/** The node at a description path (`spec.taints[].key`, `metadata.name`), if there is one. */
function nodeAt(schema: JsonSchema, path: string): JsonSchema | undefined {
  if (path === '') return schema;
  let node: JsonSchema | undefined = schema;
  for (const step of path.split('.')) {
    const [key = '', ...lists] = step.split('[]');
    node = node?.properties?.[key];
    for (let i = 0; i < lists.length; i++) node = node?.items;
  }
  return node;
}

describe('the JSON Schema of each kind', () => {
  it.each(KIND_NAMES)('has every enum of the engine at the same place (%s)', (kind) => {
    const engine = kindPairs(kind).flatMap(([path, schema]) =>
      schema.type === 'string' && schema.enum ? [[path, [...schema.enum]]] : [],
    );
    const json = kindPairs(kind).flatMap(([path, , node]) =>
      node.enum ? [[path, node.enum]] : [],
    );
    expect(engine.length).toBeGreaterThan(0);
    expect(json).toEqual(engine);
  });

  it.each(KIND_NAMES)(
    'carries types, patterns, ranges, lengths, counts and defaults (%s)',
    (kind) => {
      for (const [path, schema, json] of kindPairs(kind)) {
        const type = schema.type === 'int-or-string' ? ['integer', 'string'] : schema.type;
        expect({ path, type: json.type }).toEqual({ path, type });
        expect({ path, default: json.default }).toEqual({ path, default: schema.default });
        if (schema.type === 'string' || schema.type === 'int-or-string') {
          expect({ path, pattern: json.pattern }).toEqual({
            path,
            pattern: schema.pattern?.re.source,
          });
        }
        if (schema.type === 'integer') {
          expect([json.minimum, json.maximum]).toEqual([schema.minimum, schema.maximum]);
        }
        if (schema.type === 'string') {
          expect([json.minLength, json.maxLength]).toEqual([schema.minLength, schema.maxLength]);
        }
        if (schema.type === 'array') {
          expect([json.minItems, json.maxItems]).toEqual([schema.minItems, schema.maxItems]);
        }
        if (schema.type === 'object' && schema.values === undefined) {
          expect({ path, additional: json.additionalProperties }).toEqual({
            path,
            additional: false,
          });
        }
      }
    },
  );

  it('is a const for apiVersion and kind, and asks for both and for metadata', () => {
    expect(NODEPOOL_JSON_SCHEMA.properties?.['apiVersion']?.const).toBe('karpenter.sh/v1');
    expect(NODEPOOL_JSON_SCHEMA.properties?.['kind']?.const).toBe('NodePool');
    expect(EC2NODECLASS_JSON_SCHEMA.properties?.['apiVersion']?.const).toBe('karpenter.k8s.aws/v1');
    expect(EC2NODECLASS_JSON_SCHEMA.properties?.['kind']?.const).toBe('EC2NodeClass');
    expect(NODEPOOL_JSON_SCHEMA.required).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    expect(EC2NODECLASS_JSON_SCHEMA.required).toEqual(['apiVersion', 'kind', 'metadata']);
  });

  it('does not require a field the API server fills in first: a budget without nodes is fine', () => {
    const budget = nodeAt(NODEPOOL_JSON_SCHEMA, 'spec.disruption.budgets[]');
    expect(budget?.required).toBeUndefined();
    expect(budget?.properties?.['nodes']?.default).toBe('10%');
  });

  it('accepts a minimal and a rich manifest of each kind', () => {
    expect(errors(NODEPOOL_JSON_SCHEMA, nodePool())).toEqual([]);
    expect(errors(EC2NODECLASS_JSON_SCHEMA, ec2NodeClass())).toEqual([]);
  });

  it('rejects an unknown field, with the field named', () => {
    expect(errors(NODEPOOL_JSON_SCHEMA, poolWith({ weigth: 10 }))).toEqual([
      '/spec must NOT have additional properties',
    ]);
    expect(
      errors(EC2NODECLASS_JSON_SCHEMA, withField(ec2NodeClass(), 'metadata.labelz', {})),
    ).toEqual(['/metadata must NOT have additional properties']);
  });

  it('rejects a value outside an enum', () => {
    const pool = poolWith({
      disruption: { consolidateAfter: '1m', consolidationPolicy: 'Always' },
    });
    expect(errors(NODEPOOL_JSON_SCHEMA, pool)).toEqual([
      '/spec/disruption/consolidationPolicy must be equal to one of the allowed values',
    ]);
  });
});

// The engine also accepts null fields (dropped before the checks); an editor had better flag
// them, so those manifests are left out here. The rest are validated as what is sent: JSON.
const hasNull = (value: unknown): boolean =>
  value === null ||
  (typeof value === 'object' && Object.values(value).some((child) => hasNull(child)));

const accepted = (corpus: CorpusCase[]) =>
  corpus
    .filter((c) => c.breaks.length === 0 && !hasNull(c.manifest))
    .map((c) => ({ ...c, manifest: JSON.parse(JSON.stringify(c.manifest)) as unknown }));

/** The checks a JSON Schema can make; the rest (CEL, ObjectMeta formats) are the engine's. */
const STRUCTURAL = new Set([
  'unknown-field',
  'type',
  'enum',
  'pattern',
  'minimum',
  'maximum',
  'min-length',
  'max-length',
  'min-items',
  'max-items',
  'max-properties',
  'required',
  'duplicate',
]);

const structural = (cases: CorpusCase[]) =>
  cases.filter((c) => c.breaks.length > 0 && c.breaks.every((rule) => STRUCTURAL.has(rule)));

describe('agreement with the engine on the parity corpus', () => {
  it.each(accepted(nodePoolCorpus()).map((c) => [c.name, c] as const))(
    'accepts the NodePool: %s',
    (_name, c) => expect(errors(NODEPOOL_JSON_SCHEMA, c.manifest)).toEqual([]),
  );

  it.each(accepted(ec2NodeClassCorpus()).map((c) => [c.name, c] as const))(
    'accepts the EC2NodeClass: %s',
    (_name, c) => expect(errors(EC2NODECLASS_JSON_SCHEMA, c.manifest)).toEqual([]),
  );

  it.each(structural(NODEPOOL_SCHEMA_CASES).map((c) => [c.name, c] as const))(
    'rejects the NodePool: %s',
    (_name, c) => expect(errors(NODEPOOL_JSON_SCHEMA, c.manifest)).not.toEqual([]),
  );

  it.each(structural(EC2NODECLASS_SCHEMA_CASES).map((c) => [c.name, c] as const))(
    'rejects the EC2NodeClass: %s',
    (_name, c) => expect(errors(EC2NODECLASS_JSON_SCHEMA, c.manifest)).not.toEqual([]),
  );
});

describe('the schema for files of several kinds', () => {
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: { replicas: 2, template: { spec: { containers: [] } } },
  };

  it('checks each Karpenter document against the schema of its kind', () => {
    expect(errors(KARPENTER_MANIFEST_JSON_SCHEMA, nodePool())).toEqual([]);
    expect(errors(KARPENTER_MANIFEST_JSON_SCHEMA, ec2NodeClass())).toEqual([]);
    // an EC2NodeClass field in a NodePool, and the other way round
    expect(errors(KARPENTER_MANIFEST_JSON_SCHEMA, poolWith({ role: 'x' }))).not.toEqual([]);
    expect(
      errors(KARPENTER_MANIFEST_JSON_SCHEMA, withField(ec2NodeClass(), 'spec.weight', 10)),
    ).not.toEqual([]);
  });

  it('suggests the Karpenter apiVersions and kinds for a new document', () => {
    expect(KARPENTER_MANIFEST_JSON_SCHEMA.properties?.['kind']?.examples).toEqual([
      'NodePool',
      'EC2NodeClass',
    ]);
    expect(KARPENTER_MANIFEST_JSON_SCHEMA.properties?.['apiVersion']?.examples).toEqual([
      'karpenter.sh/v1',
      'karpenter.k8s.aws/v1',
    ]);
  });

  it('leaves other kinds alone, a Deployment or a document that is no object', () => {
    expect(errors(KARPENTER_MANIFEST_JSON_SCHEMA, deployment)).toEqual([]);
    expect(errors(KARPENTER_MANIFEST_JSON_SCHEMA, null)).toEqual([]);
    expect(errors(KARPENTER_MANIFEST_JSON_SCHEMA, 'text')).toEqual([]);
  });

  it('leaves an older Karpenter API to the engine, which explains it', () => {
    const older = { ...poolWith({ weigth: 1 }), apiVersion: 'karpenter.sh/v1beta1' };
    expect(errors(KARPENTER_MANIFEST_JSON_SCHEMA, older)).toEqual([]);
    expect(validateManifest(older).map((p) => p.rule)).toEqual(['api-version']);
  });

  it('asks for the apiVersion of a NodePool that has none yet', () => {
    const { apiVersion: _, ...pool } = nodePool();
    expect(errors(KARPENTER_MANIFEST_JSON_SCHEMA, pool)).toContain(
      " must have required property 'apiVersion'",
    );
  });
});

describe('descriptions', () => {
  it.each([
    ['NodePool', NODEPOOL_JSON_SCHEMA, NODEPOOL_FIELDS],
    ['EC2NodeClass', EC2NODECLASS_JSON_SCHEMA, EC2NODECLASS_FIELDS],
  ] as const)(
    'each field of the catalogue is one of the %s and its help is shown there',
    (kind, schema, fields) => {
      const entries: [string, FieldHelp][] = Object.entries(fields);
      for (const [key, help] of entries) {
        const path = key.slice(`${kind}:`.length);
        const node = nodeAt(schema, path);
        expect({ path, description: node?.description }).toEqual({
          path,
          description: help.help,
        });
        if (help.values) {
          for (const value of Object.keys(help.values)) expect(node?.enum).toContain(value);
          expect(node?.enumDescriptions).toHaveLength(node?.enum?.length ?? -1);
        }
      }
      expect(schema.description).toBe(KIND_HELP[kind].help);
    },
  );

  it('covers the top level and the fields written most', () => {
    const described = (schema: JsonSchema, paths: string[]) =>
      paths.filter((path) => !nodeAt(schema, path)?.description);
    expect(
      described(NODEPOOL_JSON_SCHEMA, [
        '',
        'apiVersion',
        'kind',
        'metadata',
        'metadata.name',
        'spec',
        ...Object.keys(NODEPOOL_JSON_SCHEMA.properties?.['spec']?.properties ?? {}).map(
          (key) => `spec.${key}`,
        ),
        'spec.disruption.consolidationPolicy',
        'spec.disruption.consolidateAfter',
        'spec.disruption.budgets[].nodes',
        'spec.template.spec.nodeClassRef',
        'spec.template.spec.requirements[].key',
        'spec.template.spec.requirements[].operator',
        'spec.template.spec.taints[].effect',
        'spec.template.spec.expireAfter',
      ]),
    ).toEqual([]);
    expect(
      described(EC2NODECLASS_JSON_SCHEMA, [
        '',
        'apiVersion',
        'kind',
        'metadata.name',
        'spec.amiFamily',
        'spec.amiSelectorTerms[].alias',
        'spec.role',
        'spec.subnetSelectorTerms',
        'spec.securityGroupSelectorTerms',
        'spec.blockDeviceMappings[].ebs.volumeSize',
        'spec.kubelet.maxPods',
        'spec.metadataOptions.httpTokens',
        'spec.userData',
      ]),
    ).toEqual([]);
  });
});
