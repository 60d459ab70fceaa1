import { memo } from 'react';
import { workloadFacts } from '../../domain/picture/cardFacts';
import { useDesignStore } from '../../store/designStore';
import { selectWorkloadVerdict } from '../../store/selectors';
import type { ResourceNodeProps } from '../flowTypes';
import { CardHandles } from './CardHandles';
import { ResourceCard } from './ResourceCard';

export const WorkloadNode = memo(function WorkloadNode({
  id,
  resource,
}: ResourceNodeProps<'Workload'>) {
  const verdict = useDesignStore((state) => selectWorkloadVerdict(state, id));
  return (
    <>
      <ResourceCard
        id={id}
        kind="Workload"
        name={resource.manifest.metadata.name}
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
      <CardHandles kind="Workload" />
    </>
  );
});
