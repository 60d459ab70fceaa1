import type { JSX } from 'react';
import { KINDS } from '../domain/design/kinds';
import { resourceName } from '../domain/design/resources';
import type { Resource } from '../domain/design/types';

/** Several resources selected: which ones, since a form edits one at a time. */
export function InspectorMultiple({ resources }: { resources: readonly Resource[] }): JSX.Element {
  return (
    <div className="insp-empty">
      <h2 className="insp-empty-title">{resources.length} resources selected</h2>
      <ul className="insp-selected">
        {resources.map((resource) => (
          <li key={resource.id}>
            <span className={`insp-kind insp-kind--${KINDS[resource.kind].variant}`}>
              {KINDS[resource.kind].label}
            </span>
            <bdi className="insp-mono">{resourceName(resource) || '(unnamed)'}</bdi>
          </li>
        ))}
      </ul>
      <p className="insp-hint">Select one resource to edit it.</p>
    </div>
  );
}
