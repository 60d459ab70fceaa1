import type { JSX } from 'react';
import { KINDS } from '../domain/design/kinds';
import type { ResourceKind } from '../domain/design/types';
import { LearnHint } from './fields/LearnHint';

/** The kind, in its canvas colour, and the name of the resource being edited. */
export function FormHeader({ kind, name }: { kind: ResourceKind; name: string }): JSX.Element {
  return (
    <header className="insp-header">
      <div className="insp-kind-line">
        <span className={`insp-kind insp-kind--${KINDS[kind].variant}`}>{KINDS[kind].label}</span>
        <LearnHint learn={KINDS[kind].learn} />
      </div>
      <h2 className="insp-title" title={name}>
        {name || '(unnamed)'}
      </h2>
    </header>
  );
}
