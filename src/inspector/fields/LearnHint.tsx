import type { JSX } from 'react';
import { openLearn } from '../../commands/learn';
import { runCommand } from '../../commands/run';
import { learnEntry, type LearnId } from '../../domain/learn/learnEntries';

/**
 * A small ⓘ beside a label or section title: hovering shows what the thing is, pressing opens
 * the learn panel at its entry. `LearnId` is made from the entries, so every id has one.
 */
export function LearnHint({ learn }: { learn: LearnId }): JSX.Element {
  const entry = learnEntry(learn);
  const open = () => runCommand(openLearn, { entry: entry.id }, 'inspector');
  // A span with the button role, not a <button>: the inspector shows a shared design inside a
  // disabled <fieldset>, which would disable a real button, and reading about a field is exactly
  // what someone looking at a shared design wants.
  return (
    <span
      role="button"
      tabIndex={0}
      className="insp-learn"
      aria-label={`About ${entry.title}`}
      title={entry.what}
      data-testid="learn-hint"
      data-learn={entry.id}
      onClick={(event) => {
        // Inside a section's <summary> the click would also open or close the section.
        event.preventDefault();
        event.stopPropagation();
        open();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        event.stopPropagation();
        open();
      }}
    />
  );
}
