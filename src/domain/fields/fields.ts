import { EC2NODECLASS_FIELDS } from './ec2NodeClassFields';
import type { ExplainedField, FieldHelp } from './fieldHelp';
import { MIGPROFILE_FIELDS } from './migProfileFields';
import { NODEPOOL_FIELDS } from './nodePoolFields';
import { WORKLOAD_FIELDS } from './workloadFields';

/**
 * Every field the designer explains, each once, keyed by its typed path: the kind, a colon and
 * the path as the manifest nests it, with `[]` for any list item (`NodePool:spec.weight`,
 * `NodePool:spec.disruption.budgets[].nodes`). A MIG profile's paths are its own fields.
 */
const FIELDS = {
  ...NODEPOOL_FIELDS,
  ...EC2NODECLASS_FIELDS,
  ...MIGPROFILE_FIELDS,
  ...WORKLOAD_FIELDS,
};

/** A field the catalogue knows, so a misspelt one is a type error. */
type FieldPath = keyof typeof FIELDS;

/** A field the learn panel explains: what an inspector's ⓘ may point at. */
export type ExplainedFieldPath = {
  [P in FieldPath]: (typeof FIELDS)[P] extends { title: string } ? P : never;
}[FieldPath];

/** The kinds whose fields the catalogue holds. */
export type FieldKind = 'NodePool' | 'EC2NodeClass' | 'MigProfile' | 'Workload';

const KIND_FIELDS: Readonly<
  Record<FieldKind, Readonly<Record<string, FieldHelp | ExplainedField>>>
> = {
  NodePool: NODEPOOL_FIELDS,
  EC2NodeClass: EC2NODECLASS_FIELDS,
  MigProfile: MIGPROFILE_FIELDS,
  Workload: WORKLOAD_FIELDS,
};

/** The help for one field of a kind, by its path as the manifest nests it (`spec.weight`). */
export function fieldHelp(kind: FieldKind, path: string): FieldHelp | undefined {
  const fields = KIND_FIELDS[kind];
  const key = `${kind}:${path}`;
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

/** The fields of a kind that the learn panel explains, in the catalogue's order. */
export function explainedFields(kind: FieldKind): [ExplainedFieldPath, ExplainedField][] {
  return Object.entries(KIND_FIELDS[kind]).flatMap(([path, help]) =>
    'title' in help && isExplainedPath(path) ? [[path, help]] : [],
  );
}

const ALL_FIELDS: Readonly<Record<string, FieldHelp | ExplainedField>> = FIELDS;

function isExplainedPath(path: string): path is ExplainedFieldPath {
  const help = Object.hasOwn(ALL_FIELDS, path) ? ALL_FIELDS[path] : undefined;
  return help !== undefined && 'title' in help;
}
