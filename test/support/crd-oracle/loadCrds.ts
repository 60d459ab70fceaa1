import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { testDataPath } from '../testData';
import { isObject, type StructuralSchema } from './types';

/** One served version of one CRD: everything needed to validate a manifest of that kind. */
export interface CrdVersion {
  group: string;
  version: string;
  kind: string;
  /** `Cluster` or `Namespaced`. */
  scope: string;
  schema: StructuralSchema;
  /** With a status subresource the API server drops `status` on create. */
  hasStatusSubresource: boolean;
  sourceFile: string;
}

export interface CrdIndex {
  dir: string;
  versions: CrdVersion[];
  /** Keyed by `group/version/kind`. */
  byGvk: Map<string, CrdVersion>;
}

export function gvkKey(group: string, version: string, kind: string): string {
  return `${group}/${version}/${kind}`;
}

const cache = new Map<string, CrdIndex>();

/** Reads every `*.yaml` CRD in `dir` once per process; later calls reuse the parsed schemas. */
export function loadCrdIndex(dir: string): CrdIndex {
  const cached = cache.get(dir);
  if (cached !== undefined) return cached;

  if (!existsSync(dir)) {
    throw new Error(
      `The upstream Karpenter CRDs are not at ${dir}: the tests read the copies in test/data/karpenter-crds (restore them from git, or run \`npm run refresh-data\`).`,
    );
  }
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort();
  if (files.length === 0) throw new Error(`crdOracle: no CRD files found in ${dir}`);

  const versions: CrdVersion[] = [];
  for (const file of files) {
    const fullPath = path.join(dir, file);
    for (const doc of parseAllDocuments(readFileSync(fullPath, 'utf8'))) {
      if (doc.errors.length > 0) {
        throw new Error(`crdOracle: cannot parse ${fullPath}: ${doc.errors[0]?.message ?? ''}`);
      }
      const crd: unknown = doc.toJS();
      if (crd === null || crd === undefined) continue;
      versions.push(...readCrd(crd, fullPath));
    }
  }

  const byGvk = new Map<string, CrdVersion>();
  for (const v of versions) byGvk.set(gvkKey(v.group, v.version, v.kind), v);
  const index: CrdIndex = { dir, versions, byGvk };
  cache.set(dir, index);
  return index;
}

function readCrd(crd: unknown, file: string): CrdVersion[] {
  const fail = (why: string): never => {
    throw new Error(`crdOracle: ${file} is not a usable CustomResourceDefinition: ${why}`);
  };
  if (!isObject(crd) || crd['kind'] !== 'CustomResourceDefinition') return fail('wrong kind');
  const spec = crd['spec'];
  if (!isObject(spec)) return fail('no spec');
  const group = spec['group'];
  const names = spec['names'];
  const scope = spec['scope'];
  const specVersions = spec['versions'];
  if (typeof group !== 'string') return fail('no spec.group');
  if (!isObject(names) || typeof names['kind'] !== 'string') return fail('no spec.names.kind');
  if (!Array.isArray(specVersions)) return fail('no spec.versions');
  const kind = names['kind'];

  const result: CrdVersion[] = [];
  for (const v of specVersions) {
    if (!isObject(v) || typeof v['name'] !== 'string') return fail('version without name');
    // Unserved versions are rejected by the API server, so they must not validate anything.
    if (v['served'] !== true) continue;
    const schema = isObject(v['schema']) ? v['schema']['openAPIV3Schema'] : undefined;
    if (!isObject(schema)) return fail(`version ${v['name']} has no openAPIV3Schema`);
    const subresources = v['subresources'];
    result.push({
      group,
      version: v['name'],
      kind,
      scope: typeof scope === 'string' ? scope : 'Namespaced',
      // Trusted as-is: controller-gen wrote it and the API server accepted it as structural.
      schema,
      hasStatusSubresource: isObject(subresources) && subresources['status'] !== undefined,
      sourceFile: file,
    });
  }
  return result;
}

/** `<repo>/test/data/karpenter-crds`: the Karpenter v1.14.1 CRDs, copied unchanged. */
export function crdDirectory(): string {
  return testDataPath('karpenter-crds');
}

export function loadKarpenterCrds(): CrdIndex {
  return loadCrdIndex(crdDirectory());
}
