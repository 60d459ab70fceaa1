import type { JSX } from 'react';
import { renameResource } from '../commands/resourceEdits';
import type { ResourceId } from '../domain/design/types';
import { nameProblem } from '../domain/karpenter/model/names';
import { TextField } from './fields/TextField';
import type { LearnId } from '../domain/learn/learnEntries';

/**
 * The name of any resource. Every keystroke renames (a class carries its pools along), and an
 * invalid name is stored and flagged rather than refused, so what is typed is never lost.
 */
export function NameField({
  id,
  name,
  hint,
  learn,
}: {
  id: ResourceId;
  name: string;
  hint?: string;
  /** The learn entry for this kind's name, such as `NodePool:metadata.name`. */
  learn?: LearnId;
}): JSX.Element {
  return (
    <TextField
      label="Name"
      value={name}
      onChange={(next) => renameResource(id, next)}
      error={nameProblem(name)}
      hint={hint}
      learn={learn}
      testId="field-name"
      mono
    />
  );
}
