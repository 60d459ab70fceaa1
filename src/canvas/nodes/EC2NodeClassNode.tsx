import { memo } from 'react';
import type { ResourceNodeProps } from '../flowTypes';
import { CardHandles } from './CardHandles';
import { ResourceCard } from './ResourceCard';

export const EC2NodeClassNode = memo(function EC2NodeClassNode({
  id,
  resource,
}: ResourceNodeProps<'EC2NodeClass'>) {
  const { spec } = resource.manifest;
  const ami = spec.amiSelectorTerms.map((t) => t.alias ?? t.id ?? t.name ?? 'tags').join(', ');
  return (
    <>
      <ResourceCard id={id} kind="EC2NodeClass" name={resource.manifest.metadata.name}>
        <ul className="resource-card__lines">
          <li>ami: {ami || '—'}</li>
          <li>{spec.role ? `role: ${spec.role}` : `profile: ${spec.instanceProfile ?? '—'}`}</li>
        </ul>
      </ResourceCard>
      <CardHandles kind="EC2NodeClass" />
    </>
  );
});
