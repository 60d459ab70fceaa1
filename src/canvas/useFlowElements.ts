import { useMemo, useRef } from 'react';
import { KINDS } from '../domain/design/kinds';
import { cardSizes } from './cardSizes';
import type { Position, ResourceId } from '../domain/design/types';
import { placementsOf } from '../domain/scheduling/present/placements';
import { useDesignStore } from '../store/designStore';
import { selectPlan, selectReferences, type PlanView } from '../store/selectors';
import {
  HANDLE,
  type FlowEdge,
  type PlacementEdge,
  type ReferenceEdge,
  type ResourceNode,
} from './flowTypes';

/**
 * React Flow's nodes and edges, derived from the design (never stored twice). Positions being
 * dragged and the sizes React Flow measured are overlaid; node objects are reused while their
 * position, selection and size are unchanged, so a 1,000-node canvas re-renders only what moved
 * and an edit re-renders only the edited resource's card.
 */
export function useFlowElements(dragging: ReadonlyMap<ResourceId, Position>): {
  nodes: ResourceNode[];
  edges: FlowEdge[];
} {
  const resources = useDesignStore((s) => s.design.resources);
  const selection = useDesignStore((s) => s.selection);
  const selectedEdges = useDesignStore((s) => s.selectedEdges);
  const references = useDesignStore(selectReferences);
  const plan = useDesignStore(selectPlan);
  const lastNodes = useRef<ResourceNode[]>([]);
  const cache = useMemo(() => new Map<ResourceId, ResourceNode>(), []);

  const nodes = useMemo(() => {
    const selected = new Set(selection);
    const shown = Object.values(resources).map((resource) => {
      const position = dragging.get(resource.id) ?? resource.position;
      const size = cardSizes.get(resource.id);
      const isSelected = selected.has(resource.id);
      // Not the size: React Flow keeps its own measure of a node it was given before; a node
      // made anew carries the last one. Compared field by field: at 5,000 resources a key string
      // per node was a few ms of every keystroke.
      const type = KINDS[resource.kind].nodeType;
      const hit = cache.get(resource.id);
      if (
        hit?.type === type &&
        hit.selected === isSelected &&
        hit.position.x === position.x &&
        hit.position.y === position.y
      )
        return hit;
      const node: ResourceNode = {
        id: resource.id,
        type,
        position,
        data: NO_DATA,
        selected: isSelected,
        ...(size ? { measured: size } : {}),
      };
      cache.set(resource.id, node);
      return node;
    });
    for (const id of cache.keys()) if (!(id in resources)) cache.delete(id);
    // An edit inside a resource changes no node: the same array keeps React Flow from
    // re-adopting every node (its components read their resources from the store).
    return kept(lastNodes, shown);
  }, [resources, selection, dragging, cache]);

  const referenceCache = useMemo(() => new Map<string, ReferenceEdge>(), []);
  const lastReferences = useRef<ReferenceEdge[]>([]);
  const referenceEdges = useMemo(() => {
    const selected = new Set(selectedEdges);
    const edges = references.map((reference): ReferenceEdge => {
      const isSelected = selected.has(reference.id);
      // References are derived anew at each edit: an unchanged one keeps its edge object, so
      // React Flow does not redraw every reference on each keystroke.
      const old = referenceCache.get(reference.id);
      if (
        old?.selected === isSelected &&
        old.source === reference.source &&
        old.target === reference.target &&
        old.data?.reference.kind === reference.kind
      )
        return old;
      const edge: ReferenceEdge = {
        id: reference.id,
        type: 'reference',
        source: reference.source,
        target: reference.target,
        sourceHandle: reference.kind === 'nodeClassRef' ? HANDLE.nodeClassRef : HANDLE.migSource,
        targetHandle: reference.kind === 'nodeClassRef' ? HANDLE.nodeClassTarget : HANDLE.migTarget,
        className: `edge--${reference.kind}`,
        selected: isSelected,
        data: { reference },
        ariaLabel:
          reference.kind === 'nodeClassRef' ? 'nodeClassRef reference' : 'MIG profile attachment',
      };
      referenceCache.set(reference.id, edge);
      return edge;
    });
    const current = new Set(references.map((r) => r.id));
    for (const id of referenceCache.keys()) if (!current.has(id)) referenceCache.delete(id);
    return kept(lastReferences, edges);
  }, [references, selectedEdges, referenceCache]);

  const placementCache = useMemo(() => new Map<string, PlacementEdge>(), []);
  const lastPlacements = useRef<PlacementEdge[]>(NO_EDGES);
  const placementEdges = useMemo(() => {
    const edges = placementEdgesOf(plan, placementCache);
    // A re-plan that moved no edge leaves React Flow's edges as they were.
    const before = lastPlacements.current;
    return before.length === edges.length && before.every((edge, i) => edge === edges[i])
      ? before
      : (lastPlacements.current = edges);
  }, [plan, placementCache]);
  const edges = useMemo(
    (): FlowEdge[] =>
      placementEdges.length === 0 ? referenceEdges : [...referenceEdges, ...placementEdges],
    [referenceEdges, placementEdges],
  );

  return { nodes, edges };
}

const NO_EDGES: PlacementEdge[] = [];

/**
 * The array last given when `next` holds the very same items, else `next`: React Flow compares
 * its nodes and edges by identity and copies a new array into its store, which re-runs every
 * node's and edge's selectors.
 */
function kept<T>(last: { current: T[] }, next: T[]): T[] {
  const before = last.current;
  if (before.length === next.length && before.every((item, i) => item === next[i])) return before;
  last.current = next;
  return next;
}
const NO_DATA: Record<string, never> = {};

/**
 * The plan's placement edges, none until the plan is ready (no line drawn on a guess). An edge
 * whose label and pods did not change keeps its object, so React Flow redraws only edges that moved.
 */
function placementEdgesOf(view: PlanView, cache: Map<string, PlacementEdge>): PlacementEdge[] {
  if (view.status !== 'ready') return NO_EDGES;
  const edges: PlacementEdge[] = [];
  const seen = new Set<string>();
  for (const [index, placements] of placementsOf(view.plan)) {
    const workload = view.workloads[index];
    if (!workload) continue;
    for (const placement of placements) {
      const id = `placement:${workload.id}:${placement.poolId}`;
      seen.add(id);
      const old = cache.get(id);
      if (old?.data?.label === placement.label && old.data.pods === placement.pods) {
        edges.push(old);
        continue;
      }
      const edge: PlacementEdge = {
        id,
        type: 'placement',
        source: workload.id,
        target: placement.poolId,
        sourceHandle: HANDLE.placementSource,
        // The pool's one handle on its left, facing the workload column: a second target handle
        // would break CONTRACT.md's one source and one target handle per NodePool.
        targetHandle: HANDLE.migTarget,
        className: 'edge--placement',
        selectable: false,
        deletable: false,
        focusable: false,
        data: { label: placement.label, pods: placement.pods },
        ariaLabel: `${workload.manifest.metadata.name} lands on ${placement.pool}: ${placement.label}`,
      };
      cache.set(id, edge);
      edges.push(edge);
    }
  }
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return edges;
}
