import type { JSX } from 'react';
import { LearnHint } from './LearnHint';
import type { LearnId } from '../../domain/learn/learnEntries';

interface NameListProps {
  label: string;
  names: readonly string[];
  /** What to say when the list is empty, e.g. how to make the first reference. */
  empty: string;
  /** The learn entry explaining what the names are (domain/learn). */
  learn?: LearnId;
}

/** A read-only list of resource names, such as the pools that use a class. */
export function NameList({ label, names, empty, learn }: NameListProps): JSX.Element {
  return (
    <div className="insp-field">
      {learn ? (
        <div className="insp-label-line">
          <span className="insp-label">{label}</span>
          <LearnHint learn={learn} />
        </div>
      ) : (
        <span className="insp-label">{label}</span>
      )}
      {names.length > 0 ? (
        <ul className="insp-names" aria-label={label}>
          {names.map((name, index) => (
            <li key={`${index}:${name}`}>{name || '(unnamed)'}</li>
          ))}
        </ul>
      ) : (
        <p className="insp-hint">{empty}</p>
      )}
    </div>
  );
}
