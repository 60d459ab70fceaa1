import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { workloadFacts } from '../../domain/picture/cardFacts';
import { useDesignStore } from '../../store/designStore';
import { selectPlan } from '../../store/selectors';
import { HANDLE, type ResourceNodeOf } from '../flowTypes';
import { ResourceCard } from './ResourceCard';

/** What the plan says of one workload, in the words its card shows. */
function useVerdict(id: string): { pool: string; text: string; tone: 'ok' | 'pending' | 'wait' } {
  return useDesignStore(
    useShallow((state) => {
      const view = selectPlan(state);
      if (view.status !== 'ready') return PLANNING;
      const plan = view.byId.get(id);
      if (!plan) return PLANNING;
      if (plan.ignored)
        return { pool: '', text: `not planned: ${plan.ignored.message}`, tone: 'pending' };
      if (plan.replicas === 0) return { pool: '', text: 'no pods to place', tone: 'wait' };
      if (!plan.pool)
        return {
          pool: '',
          text: `pending: ${plan.pending} of ${plan.replicas} pods`,
          tone: 'pending',
        };
      const text =
        plan.pending > 0
          ? `→ ${plan.pool} · ${plan.pending} of ${plan.replicas} pending`
          : `→ ${plan.pool}`;
      return { pool: plan.pool, text, tone: plan.pending > 0 ? 'pending' : 'ok' };
    }),
  );
}

const PLANNING = { pool: '', text: 'planning…', tone: 'wait' } as const;

export const WorkloadNode = memo(function WorkloadNode({
  id,
  data: { resource },
  selected,
}: NodeProps<ResourceNodeOf<'Workload'>>) {
  const verdict = useVerdict(id);
  return (
    <>
      <ResourceCard
        id={id}
        kind="Workload"
        name={resource.manifest.metadata.name}
        selected={selected}
      >
        <ul className="resource-card__lines">
          {workloadFacts(resource).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <div
          className={`resource-card__verdict resource-card__verdict--${verdict.tone}`}
          data-testid="workload-verdict"
          data-pool={verdict.pool}
        >
          {verdict.text}
        </div>
      </ResourceCard>
      <Handle
        type="source"
        id={HANDLE.placementSource}
        position={Position.Right}
        className="handle handle--placement"
        isConnectable={false}
      />
    </>
  );
});
