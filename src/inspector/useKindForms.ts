import { useEffect, useState } from 'react';
import type { ResourceId } from '../domain/design/types';
import type { FORMS } from './kindForms';

type KindForms = typeof FORMS;

let loaded: KindForms | undefined;

/**
 * The forms are a chunk of their own (with the field catalogue's widgets, the placement and
 * consolidation sections): nothing is selected at the first paint, so the entry does without them.
 * main.tsx preloads them when the browser is idle.
 */
export const loadKindForms = (): Promise<KindForms> =>
  import('./kindForms').then((m) => (loaded = m.FORMS));

export type FormsState = { status: 'ready'; forms: KindForms } | { status: 'loading' | 'failed' };

/**
 * The forms once their chunk is here, asked for while a resource is selected. A failed load
 * (offline before the chunk was cached) is tried again when another resource is selected.
 */
export function useKindForms(selected: ResourceId | undefined): FormsState {
  const [forms, setForms] = useState(loaded);
  const [failedFor, setFailedFor] = useState<ResourceId>();
  useEffect(() => {
    if (forms || selected === undefined) return;
    let current = true;
    loadKindForms().then(
      (done) => current && setForms(done),
      () => current && setFailedFor(selected),
    );
    return () => {
      current = false;
    };
  }, [forms, selected]);
  if (forms) return { status: 'ready', forms };
  return { status: failedFor !== undefined && failedFor === selected ? 'failed' : 'loading' };
}
