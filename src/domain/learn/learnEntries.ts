import { EC2NODECLASS_ENTRIES } from './ec2NodeClassEntries';
import type { LearnEntry } from './learnEntry';
import { MENTAL_MODEL } from './mentalModel';
import { MIGPROFILE_ENTRIES } from './migProfileEntries';
import { NODEPOOL_ENTRIES } from './nodePoolEntries';
import { EDGE_ENTRIES, KIND_ENTRIES } from './resourceEntries';

/** A heading of the learn panel and the entries under it. */
export interface LearnSection {
  title: string;
  entries: readonly LearnEntry[];
}

const kind = (id: string): LearnEntry[] => KIND_ENTRIES.filter((entry) => entry.id === id);

/** The learn panel, top to bottom: the mental model first, then each kind with its fields. */
export const LEARN_SECTIONS: readonly LearnSection[] = [
  { title: 'The mental model', entries: MENTAL_MODEL },
  { title: 'NodePool', entries: [...kind('kind:NodePool'), ...NODEPOOL_ENTRIES] },
  { title: 'EC2NodeClass', entries: [...kind('kind:EC2NodeClass'), ...EC2NODECLASS_ENTRIES] },
  { title: 'MIG profile', entries: [...kind('kind:MigProfile'), ...MIGPROFILE_ENTRIES] },
  { title: 'Connections on the canvas', entries: EDGE_ENTRIES },
];

/** Every entry once, in panel order. */
export const LEARN_ENTRIES: readonly LearnEntry[] = LEARN_SECTIONS.flatMap(
  (section) => section.entries,
);

const BY_ID: ReadonlyMap<string, LearnEntry> = new Map(
  LEARN_ENTRIES.map((entry) => [entry.id, entry]),
);

/** The entry with this id (`kind:NodePool`, `NodePool:spec.weight`...), if there is one. */
export function learnEntry(id: string): LearnEntry | undefined {
  return BY_ID.get(id);
}

/**
 * Entries for a filter box: every word of the query must appear, in any case, in the title or
 * the explanation. Entries whose title matches come first, each group in panel order; an empty
 * query matches everything.
 */
export function searchLearn(query: string): readonly LearnEntry[] {
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
