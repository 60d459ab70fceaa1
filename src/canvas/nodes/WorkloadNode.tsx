import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { plural } from '../../domain/lib/plural';
import { workloadFacts } from '../../domain/picture/cardFacts';
import { pendingReason } from '../../domain/scheduling/present/pendingReason';
import { useDesignStore } from '../../store/designStore';
import { selectPlan } from '../../store/selectors';
import { HANDLE, type ResourceNodeOf } from '../flowTypes';
import { ResourceCard } from './ResourceCard';

type Tone = 'ok' | 'pending' | 'wait';

/** What the plan says of one workload, in the words its card shows. */
function useVerdict(id: string): { pool: string; text: string; tone: Tone } {
  return useDesignStore(
    useShallow((state) => {
      const view = selectPlan(state);
      if (view.status !== 'ready') return PLANNING;
      const plan = view.byId.get(id);
      if (!plan) {
        // DaemonSets are not placed but run on every node they tolerate: no edge, no pool.
        const index = view.workloads.findIndex((w) => w.id === id);
        const daemonSet = view.plan.daemonSets.find((d) => d.workload === index);
        if (!daemonSet) return PLANNING;
        const pools = daemonSet.pools.length;
        return pools === 0
          ? { pool: '', text: 'DaemonSet: runs on no pool’s nodes', tone: 'wait' }
          : { pool: '', text: `DaemonSet: runs on ${plural(pools, 'pool')}`, tone: 'ok' };
      }
      if (plan.replicas === 0 && !plan.ignored)
        return { pool: '', text: 'no pods to place', tone: 'wait' };
      if (plan.ignored || !plan.pool)
        return { pool: '', text: `pending: ${pendingReason(plan)}`, tone: 'pending' };
      if (plan.pending > 0)
        return {
          pool: plan.pool,
          text: `→ ${plan.pool} · ${plan.pending} of ${plan.replicas} pending: ${pendingReason(plan)}`,
          tone: 'pending',
        };
      return { pool: plan.pool, text: `→ ${plan.pool}`, tone: 'ok' };
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
        pending={verdict.tone === 'pending'}
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
          title={verdict.text}
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
