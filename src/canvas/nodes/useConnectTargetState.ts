import { useConnection } from '@xyflow/react';
import { canConnect } from '../canConnect';
import type { ResourceId } from '../../domain/design/types';

type ConnectTargetState = 'valid' | 'invalid' | undefined;

/**
 * While the user drags a reference, every other node says whether it would accept it, so the
 * rule (pool to class, MIG profile to pool) is visible before the drop.
 */
export function useConnectTargetState(id: ResourceId): ConnectTargetState {
  return useConnection((connection) => {
    if (!connection.inProgress || connection.fromNode.id === id) return undefined;
    const fromIsSource = connection.fromHandle.type === 'source';
    const check = fromIsSource
      ? canConnect(connection.fromNode.id, id)
      : canConnect(id, connection.fromNode.id);
    return check.ok ? 'valid' : 'invalid';
  });
}
