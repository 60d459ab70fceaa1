import { Handle } from '@xyflow/react';
import type { ResourceKind } from '../../domain/design/types';
import { KIND_HANDLES } from './kindHandles';

/** A full card's connection points, from the kind's one table (kindHandles.ts). */
export function CardHandles({ kind }: { kind: ResourceKind }) {
  return KIND_HANDLES[kind].map(({ id, type, position, className, title, isConnectable }) => (
    <Handle
      key={id}
      id={id}
      type={type}
      position={position}
      className={className}
      title={title}
      isConnectable={isConnectable}
    />
  ));
}
