import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { HANDLE, type ResourceNode } from '../flowTypes';
import { ResourceCard } from './ResourceCard';
import { useResourceOfKind } from './useResourceNode';

export const MigProfileNode = memo(function MigProfileNode({
  id,
  selected,
}: NodeProps<ResourceNode>) {
  const resource = useResourceOfKind(id, 'MigProfile');
  if (!resource) return null;
  return (
    <>
      <ResourceCard
        id={id}
        kindLabel="MIG profile"
        variant="mig"
        name={resource.name}
        selected={selected}
      >
        <ul className="resource-card__lines">
          <li>config: {resource.config}</li>
        </ul>
      </ResourceCard>
      <Handle
        type="source"
        id={HANDLE.migSource}
        position={Position.Right}
        className="handle handle--mig"
        title="Drag to a NodePool to attach this layout"
      />
    </>
  );
});
