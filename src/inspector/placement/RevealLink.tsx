import type { JSX, ReactNode } from 'react';
import { runCommand } from '../../commands/run';
import { showProblem } from '../../commands/showProblem';
import type { ResourceId } from '../../domain/design/types';

interface RevealLinkProps {
  resourceId: ResourceId;
  /** The field to reveal in the inspector and the YAML panel. */
  path: string;
  className?: string;
  title?: string;
  children: ReactNode;
}

/**
 * Text that selects a resource and reveals one of its fields, as a problem clicked in the list
 * does. A span with the button role, not a <button>: a shared design's inspector sits in a
 * disabled <fieldset>, and looking at why a pool refuses a pod is no edit.
 */
export function RevealLink({
  resourceId,
  path,
  className,
  title,
  children,
}: RevealLinkProps): JSX.Element {
  const reveal = () => runCommand(showProblem, { resourceId, path }, 'inspector');
  return (
    <span
      role="button"
      tabIndex={0}
      className={className ? `plc-link ${className}` : 'plc-link'}
      title={title}
      onClick={reveal}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        reveal();
      }}
    >
      {children}
    </span>
  );
}
