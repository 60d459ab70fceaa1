import type { JSX } from 'react';
import { KINDS } from '../domain/design/kinds';
import { resourceName } from '../domain/design/resources';
import type { Resource } from '../domain/design/types';

/**
 * The names listed at most: beyond, a list is scrolled past, not read, and a select-all of
 * 1,000 resources would build thousands of elements before its frame could show.
 */
const LISTED = 50;

/** Several resources selected: which ones, since a form edits one at a time. */
export function InspectorMultiple({ resources }: { resources: readonly Resource[] }): JSX.Element {
  const rest = resources.length - LISTED;
  return (
    <div className="insp-empty">
      <h2 className="insp-empty-title">{resources.length} resources selected</h2>
      <ul className="insp-selected">
        {resources.slice(0, LISTED).map((resource) => (
          <li key={resource.id}>
            <span className={`insp-kind insp-kind--${KINDS[resource.kind].variant}`}>
              {KINDS[resource.kind].label}
            </span>
            <bdi className="insp-mono">{resourceName(resource) || '(unnamed)'}</bdi>
          </li>
        ))}
        {rest > 0 && <li className="insp-selected-more">and {rest} more</li>}
      </ul>
      <p className="insp-hint">Select one resource to edit it.</p>
    </div>
  );
}
