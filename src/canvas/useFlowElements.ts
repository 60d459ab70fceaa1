import { useMemo } from 'react';
import { KINDS } from '../domain/design/kinds';
import type { Position, Resource, ResourceId } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';
import { selectReferences } from '../store/selectors';
import { HANDLE, type ReferenceEdge, type ResourceNode } from './flowTypes';

export interface Measured {
  width: number;
  height: number;
}

/**
 * React Flow's nodes and edges, derived from the design (never stored twice). Positions being
 * dragged and the sizes React Flow measured are overlaid; node objects are reused while their
 * inputs are unchanged, so a 1,000-node canvas re-renders only what moved.
 */
export function useFlowElements(
  dragging: ReadonlyMap<ResourceId, Position>,
  measured: ReadonlyMap<ResourceId, Measured>,
): { nodes: ResourceNode[]; edges: ReferenceEdge[] } {
  const resources = useDesignStore((s) => s.design.resources);
  const selection = useDesignStore((s) => s.selection);
  const selectedEdges = useDesignStore((s) => s.selectedEdges);
  const references = useDesignStore(selectReferences);
  const cache = useMemo(() => new WeakMap<Resource, Map<string, ResourceNode>>(), []);

  const nodes = useMemo(() => {
    const selected = new Set(selection);
    return Object.values(resources).map((resource) => {
      const position = dragging.get(resource.id) ?? resource.position;
      const size = measured.get(resource.id);
      const isSelected = selected.has(resource.id);
      const key = `${position.x},${position.y},${isSelected},${size?.width},${size?.height}`;
      let perResource = cache.get(resource);
      const hit = perResource?.get(key);
      if (hit) return hit;
      const node: ResourceNode = {
        id: resource.id,
        type: KINDS[resource.kind].nodeType,
        position,
        data: { resource },
        selected: isSelected,
        ...(size ? { measured: size } : {}),
      };
      if (!perResource) cache.set(resource, (perResource = new Map<string, ResourceNode>()));
      perResource.clear();
      perResource.set(key, node);
      return node;
    });
  }, [resources, selection, dragging, measured, cache]);

  const edges = useMemo(() => {
    const selected = new Set(selectedEdges);
    return references.map((reference): ReferenceEdge => ({
      id: reference.id,
      type: 'reference',
      source: reference.source,
      target: reference.target,
      sourceHandle: reference.kind === 'nodeClassRef' ? HANDLE.nodeClassRef : HANDLE.migSource,
      targetHandle: reference.kind === 'nodeClassRef' ? HANDLE.nodeClassTarget : HANDLE.migTarget,
      className: `edge--${reference.kind}`,
      selected: selected.has(reference.id),
      data: { reference },
      ariaLabel:
        reference.kind === 'nodeClassRef' ? 'nodeClassRef reference' : 'MIG profile attachment',
    }));
  }, [references, selectedEdges]);

  return { nodes, edges };
}
