import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { workloadFacts } from '../../domain/picture/cardFacts';
import {
  workloadVerdict,
  type WorkloadVerdict,
} from '../../domain/scheduling/present/workloadVerdict';
import { useDesignStore } from '../../store/designStore';
import { selectPlan } from '../../store/selectors';
import { HANDLE, type ResourceNodeOf } from '../flowTypes';
import { ResourceCard } from './ResourceCard';

/** What the plan says of one workload, in the words its card shows. */
function useVerdict(id: string): WorkloadVerdict {
  return useDesignStore(
    useShallow((state) => {
      const view = selectPlan(state);
      return workloadVerdict(view.status === 'ready' ? view : undefined, id);
    }),
  );
}

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
          title={verdict.why ?? verdict.text}
        >
          {verdict.text}
        </div>
        {verdict.why ? (
          <div className="resource-card__why" title={verdict.why}>
            {verdict.why}
          </div>
        ) : null}
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
