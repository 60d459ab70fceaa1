import { memo } from 'react';
import { daemonSetChips } from '../../domain/scheduling/present/daemonSetChips';
import { useDesignStore } from '../../store/designStore';
import { selectPlan } from '../../store/selectors';
import type { ResourceNodeProps } from '../flowTypes';
import { CardHandles } from './CardHandles';
import { ResourceCard } from './ResourceCard';
import { requirementLines } from '../../domain/karpenter/model/requirementSummary';
import { nodePoolChips } from '../../domain/picture/cardFacts';

export const NodePoolNode = memo(function NodePoolNode({
  id,
  resource,
}: ResourceNodeProps<'NodePool'>) {
  const chips = nodePoolChips(resource);
  const daemonSets = useDesignStore((state) => {
    const view = selectPlan(state);
    return view.status === 'ready' ? daemonSetChips(view.plan).get(id) : undefined;
  });
  return (
    <>
      <ResourceCard id={id} kind="NodePool" name={resource.manifest.metadata.name}>
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
      <CardHandles kind="NodePool" />
    </>
  );
});
