import { memo } from 'react';
import { KINDS } from '../../domain/design/kinds';
import type { ResourceId, ResourceKind } from '../../domain/design/types';
import { useDesignStore } from '../../store/designStore';
import type { WorkloadVerdict } from '../../domain/scheduling/present/planningVerdict';
import { selectWorkloadVerdict } from '../../store/selectors';
import { KIND_HANDLES } from './kindHandles';
import { useProblemSummary } from './useProblemSummary';

interface FarCardProps {
  id: ResourceId;
  kind: ResourceKind;
  /** The resource's name, said on hover: the block has no room to show it. */
  name: string;
  /** The full card's height, so the block covers what the card did and edges end where they did. */
  height: number;
}

/**
 * A card zoomed out past FAR_ZOOM: one block in its kind's colour, red with errors, filled when
 * selected (by React Flow's `selected` class on the node: selecting 1,000 blocks then redraws
 * none of them). Its text would be under 5 px high; leaving it (and React Flow's handle components,
 * each a store subscription) out makes a 1,000-card overview cheap to create, select and remove.
 * The handles are bare markers where the full card's are, so React Flow still measures where each
 * edge ends; nothing can be connected at this zoom.
 */
export const FarCard = memo(function FarCard({
  id,
  kind,
  name,
  height,
  verdict,
}: FarCardProps & { verdict?: WorkloadVerdict }) {
  const problems = useProblemSummary(id);
  const pending = verdict?.tone === 'pending';
  const classes = ['resource-card', 'resource-card--far', `resource-card--${KINDS[kind].variant}`];
  if (problems) classes.push(`has-${problems.severity}`);
  if (pending) classes.push('is-pending');
  return (
    <>
      <div
        className={classes.join(' ')}
        style={{ height }}
        title={`${KINDS[kind].label} ${name || '(unnamed)'}`}
      >
        {/* Not drawn (canvas.css), but in the page: CONTRACT.md promises a node shows its name,
            and a workload its verdict, at any zoom; the title is what a person hovering reads. */}
        <span className="resource-card__name">{name || '(unnamed)'}</span>
        {verdict && (
          <span data-testid="workload-verdict" data-pool={verdict.pool}>
            {verdict.text}
          </span>
        )}
      </div>
      {KIND_HANDLES[kind].map((handle) => (
        <div
          key={handle.id}
          className={`react-flow__handle react-flow__handle-${handle.position} ${handle.type} ${handle.className}`}
          data-handleid={handle.id}
          data-nodeid={id}
          data-handlepos={handle.position}
        />
      ))}
    </>
  );
});

/**
 * A workload's block, with the plan's verdict: only workloads subscribe to the plan, so a select
 * all of 1,000 pools and classes runs no verdict selector.
 */
export const FarWorkloadCard = memo(function FarWorkloadCard(props: FarCardProps) {
  const verdict = useDesignStore((state) => selectWorkloadVerdict(state, props.id));
  return <FarCard {...props} verdict={verdict} />;
});
