import type { ResourceKind } from '../design/types';
import type { ExplainedField } from '../fields/fieldHelp';
import { explainedFields, type ExplainedFieldPath, type FieldKind } from '../fields/fields';
import { KIND_HELP } from '../fields/kindHelp';
import { EDGE_ENTRIES, type EdgeId } from './edgeEntries';
import type { LearnEntry } from './learnEntry';
import { MENTAL_MODEL, type ModelId } from './mentalModel';

/** Everything the learn panel explains, so a misspelt id (a `learn=` prop) is a type error. */
export type LearnId = ModelId | `kind:${ResourceKind}` | ExplainedFieldPath | EdgeId;

/** A heading of the learn panel and the entries under it. */
export interface LearnSection {
  title: string;
  entries: readonly LearnEntry<LearnId>[];
}

function entry<Id extends LearnId>(id: Id, field: ExplainedField): LearnEntry<Id> {
  const { help, title, docs } = field;
  return {
    id,
    title,
    what: help,
    ...(field.default !== undefined && { default: field.default }),
    ...(field.mistake !== undefined && { mistake: field.mistake }),
    docs,
  };
}

/** A kind, then the fields of the catalogue that the learn panel explains. */
const kindAndFields = (kind: FieldKind): LearnEntry<LearnId>[] => [
  entry(`kind:${kind}`, KIND_HELP[kind]),
  ...explainedFields(kind).map(([path, field]) => entry(path, field)),
];

/** The learn panel, top to bottom: the mental model first, then each kind with its fields. */
export const LEARN_SECTIONS: readonly LearnSection[] = [
  { title: 'The mental model', entries: MENTAL_MODEL },
  { title: 'NodePool', entries: kindAndFields('NodePool') },
  { title: 'EC2NodeClass', entries: kindAndFields('EC2NodeClass') },
  { title: 'MIG profile', entries: kindAndFields('MigProfile') },
  { title: 'Workload', entries: kindAndFields('Workload') },
  { title: 'Connections on the canvas', entries: EDGE_ENTRIES },
];

/** Every entry once, in panel order. */
export const LEARN_ENTRIES: readonly LearnEntry<LearnId>[] = LEARN_SECTIONS.flatMap(
  (section) => section.entries,
);

const BY_ID: ReadonlyMap<string, LearnEntry<LearnId>> = new Map(
  LEARN_ENTRIES.map((entry) => [entry.id, entry]),
);

/**
 * The entry with this id (`kind:NodePool`, `NodePool:spec.weight`...). Every `LearnId` has one,
 * since the type is made from the entries; an id from elsewhere (the store) may have none.
 */
export function learnEntry(id: LearnId): LearnEntry<LearnId>;
export function learnEntry(id: string): LearnEntry<LearnId> | undefined;
export function learnEntry(id: string): LearnEntry<LearnId> | undefined {
  return BY_ID.get(id);
}

/**
 * Entries for a filter box: every word of the query must appear, in any case, in the title or
 * the explanation. Entries whose title matches come first, each group in panel order; an empty
 * query matches everything.
 */
export function searchLearn(query: string): readonly LearnEntry<LearnId>[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return LEARN_ENTRIES;
  const hits = LEARN_ENTRIES.filter((entry) => {
    const text = `${entry.title} ${entry.what}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
  const inTitle = (entry: LearnEntry) =>
    words.some((word) => entry.title.toLowerCase().includes(word));
  return [...hits.filter(inTitle), ...hits.filter((entry) => !inTitle(entry))];
}
