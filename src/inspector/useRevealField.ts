import { useEffect, useState, type RefObject } from 'react';
import type { ResourceId } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';

/** The section whose path is the longest prefix of `path`: the one that edits that field. */
function sectionFor(panel: HTMLElement, path: string): HTMLDetailsElement | undefined {
  let best: HTMLDetailsElement | undefined;
  let length = -1;
  for (const element of panel.querySelectorAll<HTMLDetailsElement>('details[data-path]')) {
    const at = element.dataset.path ?? '';
    const within =
      path === at || path.startsWith(`${at}.`) || path.startsWith(`${at}[`) || at === '';
    if (within && at.length > length) {
      best = element;
      length = at.length;
    }
  }
  return best;
}

/**
 * A reveal request with a path (a problem or a placement reason clicked) opens and scrolls to
 * the section of the form that edits that field, once the resource's form is shown: the request
 * comes with the selection, before React draws the new form.
 */
export function useRevealField(
  panel: RefObject<HTMLElement | null>,
  shown: ResourceId | undefined,
): void {
  const [pending, setPending] = useState<{ resourceId: ResourceId; path: string }>();
  useEffect(
    () =>
      useDesignStore.getState().listen('reveal', ({ resourceId, path }) => {
        if (path !== undefined) setPending({ resourceId, path });
      }),
    [],
  );
  useEffect(() => {
    if (!pending || pending.resourceId !== shown || !panel.current) return;
    setPending(undefined);
    const section = sectionFor(panel.current, pending.path);
    if (!section) return;
    section.open = true;
    section.scrollIntoView({ block: 'start' });
    section.classList.remove('insp-section--revealed');
    // Restart the highlight when the same section is revealed twice in a row.
    void section.offsetWidth;
    section.classList.add('insp-section--revealed');
  }, [pending, shown, panel]);
}
