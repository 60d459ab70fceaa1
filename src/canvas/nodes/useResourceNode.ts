import { useConnection } from '@xyflow/react';
import { canConnect } from '../canConnect';
import type { ResourceId } from '../../domain/design/types';
import type { Severity } from '../../domain/validation/problem';
import { useDesignStore } from '../../store/designStore';
import { selectProblems } from '../../store/selectors';

export type ConnectTargetState = 'valid' | 'invalid' | undefined;

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

/** The worst problem severity on a resource and how many there are, for its badge. */
export function useProblemSummary(
  id: ResourceId,
): { severity: Severity; count: number } | undefined {
  const problems = useDesignStore(selectProblems);
  let count = 0;
  let severity: Severity | undefined;
  for (const p of problems) {
    if (p.resourceId !== id || p.severity === 'info') continue;
    count++;
    if (severity !== 'error') severity = p.severity;
  }
  return severity ? { severity, count } : undefined;
}
