import type { FieldHelp } from '../../fields/fieldHelp';
import { fieldHelp } from '../../fields/fields';
import { KIND_HELP } from '../../fields/kindHelp';
import { OBJECT_META_FIELDS } from './objectMeta';
import { LABEL_VALUE } from './patterns';
import type { Pattern, Schema } from './schema';
import { KINDS, type ManifestKind } from './validateManifest';

/**
 * The engine's schemas as JSON Schema (draft-07), for editors that speak it (the YAML panel's
 * language service). What a JSON Schema cannot say stays with the engine: CEL rules, ObjectMeta's
 * name and key formats, defaults applied before the checks. Besides draft-07 it uses three
 * keywords YAML language servers read: `patternErrorMessage`, `enumDescriptions` and
 * `doNotSuggest`.
 */
export interface JsonSchema {
  $schema?: string;
  title?: string;
  description?: string;
  type?: JsonType | JsonType[];
  const?: unknown;
  enum?: string[];
  enumDescriptions?: string[];
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  maxProperties?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  pattern?: string;
  patternErrorMessage?: string;
  minLength?: number;
  maxLength?: number;
  format?: string;
  minimum?: number;
  maximum?: number;
  examples?: unknown[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  doNotSuggest?: boolean;
}

type JsonType = 'object' | 'array' | 'string' | 'integer' | 'boolean' | 'null';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

const KIND_NAMES = Object.keys(KINDS) as ManifestKind[];

/** Where a node sits: `spec.template.spec.taints[].key`, `''` for the manifest. */
const fieldAt = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/** The help of a kind's fields, by their path as the schema nests them. */
type Docs = (path: string) => FieldHelp | undefined;

function toJsonSchema(schema: Schema, path: string, docs: Docs): JsonSchema {
  const help = docs(path);
  const out: JsonSchema = { ...describe(help), ...shape(schema, path, docs) };
  if (schema.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  if (schema.default !== undefined) out.default = schema.default;
  const values = help?.values;
  if (values && out.enum) out.enumDescriptions = out.enum.map((value) => values[value] ?? '');
  return out;
}

function shape(schema: Schema, path: string, docs: Docs): JsonSchema {
  switch (schema.type) {
    case 'object': {
      const properties = fieldsOf(schema.properties, path, docs);
      // The API server defaults a field before it checks that it is there.
      const required = (schema.required ?? []).filter(
        (key) => schema.properties[key]?.default === undefined,
      );
      return {
        type: 'object',
        ...(Object.keys(properties).length > 0 && { properties }),
        // kubectl's strict field validation rejects undeclared fields, unless the CRD keeps them.
        additionalProperties:
          schema.values !== undefined
            ? toJsonSchema(schema.values, fieldAt(path, '*'), docs)
            : schema.preserveUnknownFields === true,
        ...(required.length > 0 && { required }),
        ...(schema.maxProperties !== undefined && { maxProperties: schema.maxProperties }),
      };
    }
    case 'array':
      return {
        type: 'array',
        items: toJsonSchema(schema.items, `${path}[]`, docs),
        ...(schema.minItems !== undefined && { minItems: schema.minItems }),
        ...(schema.maxItems !== undefined && { maxItems: schema.maxItems }),
        ...(schema.unique === true && { uniqueItems: true }),
      };
    case 'string':
      return {
        type: 'string',
        ...(schema.enum && { enum: [...schema.enum] }),
        ...patternOf(schema.pattern),
        ...(schema.minLength !== undefined && { minLength: schema.minLength }),
        ...(schema.maxLength !== undefined && { maxLength: schema.maxLength }),
        ...(schema.format && { format: schema.format }),
      };
    case 'integer':
      return {
        type: 'integer',
        ...(schema.minimum !== undefined && { minimum: schema.minimum }),
        ...(schema.maximum !== undefined && { maximum: schema.maximum }),
      };
    case 'boolean':
      return { type: 'boolean' };
    case 'int-or-string':
      // JSON Schema applies `pattern` to strings only, as the API server does here.
      return { type: ['integer', 'string'], ...patternOf(schema.pattern) };
  }
}

/** Each field titled with its name, which hover help shows as its heading. */
function fieldsOf(
  properties: Readonly<Record<string, Schema>>,
  path: string,
  docs: Docs,
): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.entries(properties).map(([key, child]) => [
      key,
      { title: key, ...toJsonSchema(child, fieldAt(path, key), docs) },
    ]),
  );
}

function patternOf(pattern: Pattern | undefined): JsonSchema {
  if (pattern === undefined) return {};
  return { pattern: pattern.re.source, patternErrorMessage: `Must be ${pattern.means}.` };
}

function describe(help: FieldHelp | undefined): JsonSchema {
  return help === undefined ? {} : { description: help.help };
}

/**
 * ObjectMeta as the API server decodes it (a typed struct: strict), with only what people write
 * offered in completion. Name and key formats are left to the engine's own messages.
 */
function objectMeta(docs: Docs): JsonSchema {
  const written: Record<string, JsonSchema> = {
    name: { type: 'string', minLength: 1 },
    labels: {
      type: 'object',
      additionalProperties: { type: 'string', maxLength: 63, ...patternOf(LABEL_VALUE) },
    },
    annotations: { type: 'object', additionalProperties: { type: 'string' } },
  };
  const properties = Object.fromEntries(
    OBJECT_META_FIELDS.map((key) => [
      key,
      {
        title: key,
        ...describe(docs(`metadata.${key}`)),
        ...(written[key] ?? { doNotSuggest: true }),
      },
    ]),
  );
  return {
    title: 'metadata',
    ...describe(docs('metadata')),
    type: 'object',
    properties,
    additionalProperties: false,
    // `kubectl create` makes a name from generateName; the designer itself always names.
    anyOf: [{ required: ['name'] }, { required: ['generateName'] }],
  };
}

/**
 * `status` only by its fields: the status subresource discards it on create, after strict
 * decoding has rejected any unknown field in it, so its values, types included, are never checked.
 */
function fieldsOnly(schema: Schema): JsonSchema {
  if (schema.type === 'array') return { items: fieldsOnly(schema.items) };
  if (schema.type !== 'object') return {};
  return {
    properties: Object.fromEntries(
      Object.entries(schema.properties).map(([key, child]) => [key, fieldsOnly(child)]),
    ),
    additionalProperties:
      schema.values !== undefined
        ? fieldsOnly(schema.values)
        : schema.preserveUnknownFields === true,
  };
}

/** One kind's manifest, without `$schema` so that it can also sit inside the dispatch below. */
function manifestBody(kind: ManifestKind): JsonSchema {
  const { apiVersion, schema } = KINDS[kind];
  const docs: Docs = (path) => fieldHelp(kind, path);
  const { apiVersion: _v, kind: _k, status, ...fields } = schema.properties;
  return {
    title: `${kind} (${apiVersion})`,
    ...describe(KIND_HELP[kind]),
    type: 'object',
    properties: {
      apiVersion: {
        title: 'apiVersion',
        ...describe(docs('apiVersion')),
        type: 'string',
        const: apiVersion,
      },
      kind: { title: 'kind', ...describe(docs('kind')), type: 'string', const: kind },
      metadata: objectMeta(docs),
      ...fieldsOf(fields, '', docs),
      // Written by the controller: accepted, but not offered.
      ...(status && {
        status: {
          title: 'status',
          ...describe(docs('status')),
          ...fieldsOnly(status),
          doNotSuggest: true,
        },
      }),
    },
    additionalProperties: false,
    required: ['apiVersion', 'kind', 'metadata', ...(schema.required ?? [])],
  };
}

const NODEPOOL_BODY = manifestBody('NodePool');
const EC2NODECLASS_BODY = manifestBody('EC2NodeClass');

/** A karpenter.sh/v1 NodePool, as the API server checks it (Karpenter v1.14.1). */
export const NODEPOOL_JSON_SCHEMA: JsonSchema = { $schema: DRAFT_07, ...NODEPOOL_BODY };

/** A karpenter.k8s.aws/v1 EC2NodeClass, as the API server checks it (Karpenter v1.14.1). */
export const EC2NODECLASS_JSON_SCHEMA: JsonSchema = { $schema: DRAFT_07, ...EC2NODECLASS_BODY };

/**
 * Applies the schema of a document's own kind, for files that mix kinds. A NodePool or an
 * EC2NodeClass gets its schema when its `apiVersion` is the served one or not written yet (then
 * the schema asks for it); every other document, older Karpenter APIs included (the engine
 * explains those and offers a conversion), is left alone.
 */
export const KARPENTER_MANIFEST_JSON_SCHEMA: JsonSchema = {
  $schema: DRAFT_07,
  // Values to suggest in a new document, constraining nothing (and saying nothing on hover, where
  // the schema of the document's kind speaks): any kind may follow.
  properties: {
    apiVersion: { examples: KIND_NAMES.map((kind) => KINDS[kind].apiVersion) },
    kind: { examples: KIND_NAMES },
  },
  allOf: [whenKind('NodePool', NODEPOOL_BODY), whenKind('EC2NodeClass', EC2NODECLASS_BODY)],
};

function whenKind(kind: ManifestKind, then: JsonSchema): JsonSchema {
  return {
    if: {
      type: 'object',
      // `properties` constrains only what is there: an absent apiVersion still matches.
      properties: { kind: { const: kind }, apiVersion: { const: KINDS[kind].apiVersion } },
      required: ['kind'],
    },
    then,
  };
}
