import { Handle, Position } from '@xyflow/react';
import { memo } from 'react';
import { daemonSetChips } from '../../domain/scheduling/present/daemonSetChips';
import { useDesignStore } from '../../store/designStore';
import { selectPlan } from '../../store/selectors';
import { HANDLE, type ResourceNodeProps } from '../flowTypes';
import { ResourceCard } from './ResourceCard';
import { requirementLines } from '../../domain/karpenter/model/requirementSummary';

export const NodePoolNode = memo(function NodePoolNode({
  id,
  resource,
  selected,
}: ResourceNodeProps<'NodePool'>) {
  const { spec } = resource.manifest;
  const chips: string[] = [];
  if (spec.weight !== undefined) chips.push(`weight ${spec.weight}`);
  if (spec.template.spec.taints?.length) chips.push(`${spec.template.spec.taints.length} taint(s)`);
  if (resource.migProfileId) chips.push('MIG');
  const daemonSets = useDesignStore((state) => {
    const view = selectPlan(state);
    return view.status === 'ready' ? daemonSetChips(view.plan).get(id) : undefined;
  });
  return (
    <>
      <Handle
        type="target"
        id={HANDLE.migTarget}
        position={Position.Left}
        className="handle handle--mig"
        title="Attach a MIG profile here"
      />
      <ResourceCard
        id={id}
        kind="NodePool"
        name={resource.manifest.metadata.name}
        selected={selected}
      >
        <ul className="resource-card__lines">
          {requirementLines(resource.manifest).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {daemonSets && (
          <div
            className="resource-card__daemonsets"
            data-testid="pool-daemonsets"
            title="DaemonSet pods run on every node of this pool; their requests are taken from each node before workload pods fit."
          >
            {daemonSets}
          </div>
        )}
        {chips.length > 0 && (
          <div className="resource-card__chips">
            {chips.map((chip) => (
              <span key={chip}>{chip}</span>
            ))}
          </div>
        )}
      </ResourceCard>
      <Handle
        type="source"
        id={HANDLE.nodeClassRef}
        position={Position.Right}
        className="handle handle--nodeclassref"
        title="nodeClassRef: drag to an EC2NodeClass"
      />
    </>
  );
});
