import { fieldPath, keyPath } from './apiProblem';
import { NODEPOOL_TRANSITION_RULES } from './cel/nodePoolRules';
import type { Schema } from './schema';
import { KINDS, type ManifestKind } from './validateManifest';

export interface CatalogueEntry {
  kind: ManifestKind;
  /** Where the rule sits, list items and map values as `[*]`: `spec.template.spec.requirements`. */
  path: string;
  id: string;
  cel: string;
}

/** Every CEL rule the engine implements, found where it is attached in the schemas. */
export function implementedRules(): CatalogueEntry[] {
  return (Object.keys(KINDS) as ManifestKind[]).flatMap((kind) =>
    rulesIn(KINDS[kind].schema, '').map((rule) => ({ kind, ...rule })),
  );
}

/** The upstream transition rules (`oldSelf`), which never apply to a create. */
export function skippedTransitionRules(): CatalogueEntry[] {
  return NODEPOOL_TRANSITION_RULES.map((rule) => ({
    kind: 'NodePool',
    path: rule.path,
    id: 'transition (update only)',
    cel: rule.cel,
  }));
}

function rulesIn(schema: Schema, path: string): Omit<CatalogueEntry, 'kind'>[] {
  const found = (schema.rules ?? []).map((rule) => ({ path, id: rule.id, cel: rule.cel }));
  if (schema.type === 'array') found.push(...rulesIn(schema.items, keyPath(path, '*')));
  if (schema.type === 'object') {
    for (const [name, child] of Object.entries(schema.properties)) {
      found.push(...rulesIn(child, fieldPath(path, name)));
    }
    if (schema.values !== undefined) found.push(...rulesIn(schema.values, keyPath(path, '*')));
  }
  return found;
}
