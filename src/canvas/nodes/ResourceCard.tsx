import type { ReactNode } from 'react';
import { KINDS } from '../../domain/design/kinds';
import type { ResourceId, ResourceKind } from '../../domain/design/types';
import { KIND_HELP } from '../../domain/fields/kindHelp';
import { useConnectTargetState } from './useConnectTargetState';
import { useProblemSummary } from './useProblemSummary';

interface ResourceCardProps {
  id: ResourceId;
  kind: ResourceKind;
  name: string;
  /** The plan leaves the workload's pods pending: the card takes the error look. */
  pending?: boolean;
  children?: ReactNode;
}

/** The frame every canvas node shares: kind, name, problem badge and connect feedback. */
export function ResourceCard({ id, kind, name, pending, children }: ResourceCardProps) {
  const target = useConnectTargetState(id);
  const problems = useProblemSummary(id);
  const { label, variant } = KINDS[kind];
  const classes = ['resource-card', `resource-card--${variant}`];
  if (target) classes.push(`is-connect-${target}`);
  if (problems) classes.push(`has-${problems.severity}`);
  if (pending) classes.push('is-pending');
  return (
    <div className={classes.join(' ')}>
      <div className="resource-card__kind">
        {/* Hovering the kind says what it is: the learn panel's first line for it. */}
        <span title={KIND_HELP[kind].help}>{label}</span>
        {problems && (
          <span
            className={`resource-card__badge resource-card__badge--${problems.severity}`}
            title={`${problems.count} ${problems.severity === 'error' ? 'error' : 'warning'}(s): see Problems`}
            data-testid="node-problem-badge"
            data-severity={problems.severity}
          >
            {problems.severity === 'error' ? '✕' : '!'} {problems.count}
          </span>
        )}
      </div>
      <div className="resource-card__name" title={name}>
        {name || <em>(unnamed)</em>}
      </div>
      {children && <div className="resource-card__details">{children}</div>}
    </div>
  );
}
