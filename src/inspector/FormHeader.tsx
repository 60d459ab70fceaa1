import type { JSX } from 'react';
import type { ResourceKind } from '../domain/design/types';
import { kindClass, kindLabel } from './kinds';

/** The kind, in its canvas colour, and the name of the resource being edited. */
export function FormHeader({ kind, name }: { kind: ResourceKind; name: string }): JSX.Element {
  return (
    <header className="insp-header">
      <span className={`insp-kind ${kindClass(kind)}`}>{kindLabel(kind)}</span>
      <h2 className="insp-title">{name || '(unnamed)'}</h2>
    </header>
  );
}
