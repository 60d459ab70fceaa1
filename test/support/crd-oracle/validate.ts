/**
 * Replays what the API server does with a custom resource on CREATE under kubectl's default
 * strict field validation: unknown-field rejection and pruning, null pruning, defaulting,
 * ObjectMeta checks, OpenAPI value validation, then the CEL rules (transition rules skipped, and
 * all rules skipped when type or enum errors exist, as the server does).
 */
import {
  parseAllDocuments,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';
import { applyDefaults, pruneNonNullableNulls } from './applyDefaults';
import { evaluateRules, toCelValue } from './cel';
import { gvkKey, loadKarpenterCrds, type CrdVersion } from './loadCrds';
import { validateObjectMeta } from './objectMeta';
import { pruneUnknownFields, validateStructure } from './structural';
import { fieldPath, isObject, keyPath, type Issue } from './types';

export interface OracleResult {
  valid: boolean;
  /** Human readable, each starting with the JSON path it is about. */
  errors: string[];
}

const CEL_SKIPPED =
  'some validation rules were not checked because the object was invalid; correct the existing errors to complete validation';

function formatIssue(issue: Issue): string {
  return `${issue.path === '' ? '<root>' : issue.path}: ${issue.message}`;
}

function invalid(...errors: string[]): OracleResult {
  return { valid: false, errors };
}

/**
 * Copies the manifest into plain JSON data, as it would be after serialisation for the request:
 * undefined properties vanish and Dates become RFC 3339 strings. Anything JSON cannot carry is
 * reported rather than silently changed.
 */
function toJsonData(value: unknown, at: string, issues: Issue[]): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    issues.push({
      path: at,
      message: `Invalid value: ${String(value)}: not representable in JSON`,
    });
    return null;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item, i) => toJsonData(item, keyPath(at, i), issues));
  if (isObject(value) && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      out[key] = toJsonData(child, fieldPath(at, key), issues);
    }
    return out;
  }
  issues.push({ path: at, message: `Invalid value: a ${typeof value} is not JSON data` });
  return null;
}

/** Finds the served CRD version for a manifest's apiVersion and kind. */
export function findCrd(manifest: unknown): CrdVersion | string {
  if (!isObject(manifest)) {
    const got = Array.isArray(manifest) ? 'array' : manifest === null ? 'null' : typeof manifest;
    return `<root>: Invalid value: a manifest must be an object, got ${got}`;
  }
  const { apiVersion, kind } = manifest;
  if (typeof apiVersion !== 'string' || apiVersion === '') return 'apiVersion: Required value';
  if (typeof kind !== 'string' || kind === '') return 'kind: Required value';
  const index = loadKarpenterCrds();
  const slash = apiVersion.lastIndexOf('/');
  const group = slash === -1 ? '' : apiVersion.slice(0, slash);
  const version = apiVersion.slice(slash + 1);
  const crd = index.byGvk.get(gvkKey(group, version, kind));
  if (crd !== undefined) return crd;
  const known = index.versions.map((v) => `${v.kind} (${v.group}/${v.version})`).join(', ');
  return `<root>: no matches for kind "${kind}" in version "${apiVersion}": unknown apiVersion/kind (known: ${known})`;
}

/**
 * What the API server makes of a request body before validating it: JSON data, unknown fields
 * reported (strict) and pruned, non-nullable nulls pruned, defaults applied, status dropped.
 */
export function decodeForCreate(
  manifest: unknown,
  crd: CrdVersion,
  issues: Issue[],
): Record<string, unknown> | undefined {
  const object = toJsonData(manifest, '', issues);
  if (!isObject(object)) return undefined;
  pruneUnknownFields(object, crd.schema, '', issues, true);
  pruneNonNullableNulls(object, crd.schema);
  applyDefaults(object, crd.schema);
  // With a status subresource the create strategy discards status before validating.
  if (crd.hasStatusSubresource) delete object['status'];
  return object;
}

export function validateManifest(manifest: unknown): OracleResult {
  const crd = findCrd(manifest);
  if (typeof crd === 'string') return invalid(crd);

  const issues: Issue[] = [];
  const object = decodeForCreate(manifest, crd, issues);
  if (object === undefined) return invalid(...issues.map(formatIssue));

  validateObjectMeta(object['metadata'], issues);
  validateStructure(object, crd.schema, '', issues, true);
  if (issues.some((issue) => issue.blocksCel === true)) {
    issues.push({ path: '', message: CEL_SKIPPED });
  } else {
    evaluateRules(toCelValue(object, crd.schema, true), crd.schema, '', issues);
  }
  return { valid: issues.length === 0, errors: issues.map(formatIssue) };
}

/**
 * kubectl reads YAML as YAML 1.1 (sigs.k8s.io/yaml on go-yaml v2): unquoted `on`, `yes`, `y`,
 * `off`, `no` are booleans and `010` is octal. Timestamps and sexagesimal numbers stay strings,
 * as go-yaml v2 leaves them when decoding into untyped data.
 */
const KUBECTL_YAML: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  customTags: (tags) =>
    tags.filter(
      (tag) =>
        typeof tag === 'string' ||
        (tag.tag !== 'tag:yaml.org,2002:timestamp' && tag.format !== 'TIME'),
    ),
};

/**
 * Validates every document of a multi-document YAML stream. Empty documents are skipped (kubectl
 * ignores them too), so results line up with the objects kubectl would send.
 */
export function validateYamlDocuments(text: string): OracleResult[] {
  const results: OracleResult[] = [];
  parseAllDocuments(text, KUBECTL_YAML).forEach((doc, i) => {
    if (doc.errors.length > 0) {
      results.push(
        invalid(
          ...doc.errors.map(
            (e) => `<document ${i}>: YAML error: ${e.message.split('\n')[0] ?? ''}`,
          ),
        ),
      );
      return;
    }
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) return;
    results.push(validateManifest(value));
  });
  return results;
}
