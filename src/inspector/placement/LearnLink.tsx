import type { JSX } from 'react';
import { openLearn } from '../../commands/learn';
import { runCommand } from '../../commands/run';
import type { LearnId } from '../../domain/learn/learnEntries';

/** "Learn more": opens the learn panel at an entry (a span button, as LearnHint, for shared designs). */
export function LearnLink({ entry }: { entry: LearnId }): JSX.Element {
  const open = () => runCommand(openLearn, { entry }, 'inspector');
  return (
    <span
      role="button"
      tabIndex={0}
      className="plc-link plc-link--learn"
      data-testid="learn-link"
      data-learn={entry}
      onClick={open}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        open();
      }}
    >
      Learn more
    </span>
  );
}
