import dagre from '@dagrejs/dagre';
import { CARD, groupGridPositions } from './groupGrid';
import { moveResources } from './operations';
import { references, type Reference } from './references';
import type { Design, Position, ResourceId } from './types';
import { WORKLOAD_GAP, workloadColumn } from './workloadColumn';

const GAP_BELOW_EXISTING = 160;

/**
 * References only run MIG profile -> NodePool -> EC2NodeClass, so some layering has every edge
 * span a single rank, and any spanning tree of such edges (what dagre's tight-tree ranker builds)
 * already gives it. The default, network simplex, ends at the same ranks and positions but spent
 * most of a 1,000-resource import proving nothing shorter exists (layout.test.ts compares them).
 */
const RANKER = 'tight-tree';

/**
 * Up to this many cards, the layered layout as it always was: a column of forty pools already
 * takes a few screens. Beyond, each class and its pools make a group, and the groups wrap.
 */
const WRAP_FROM = 40;

/**
 * Positions for resources laid out left to right along their references (MIG profile -> NodePool
 * -> EC2NodeClass), so the fan-in of pools onto classes reads at a glance. Workloads go in a
 * column of their own left of the rest, so their placement edges run left to right into the pools
 * instead of across the canvas. With `only`, just those resources are placed: workloads at the
 * foot of the workload column, the rest as a block below what is already on the canvas.
 */
export function layoutPositions(
  design: Design,
  only?: ReadonlySet<ResourceId>,
): Record<ResourceId, Position> {
  const chosen = Object.keys(design.resources).filter((id) => !only || only.has(id));
  const isWorkload = (id: ResourceId) => design.resources[id]?.kind === 'Workload';
  const positions = referencePositions(
    design,
    chosen.filter((id) => !isWorkload(id)),
    only,
  );
  const workloads = chosen.filter(isWorkload);
  return workloads.length > 0
    ? { ...positions, ...workloadColumn(design, workloads, positions, only) }
    : positions;
}

/**
 * `ids` laid out along their references, dagre's layered layout for a few, groups wrapped in a
 * grid for many; as a block below what is already on the canvas when only those are placed.
 */
function referencePositions(
  design: Design,
  ids: readonly ResourceId[],
  only: ReadonlySet<ResourceId> | undefined,
): Record<ResourceId, Position> {
  if (ids.length === 0) return {};
  const refs = references(design);
  const laid =
    ids.length > WRAP_FROM ? groupGridPositions(design, ids, refs) : layeredPositions(ids, refs);

  let offsetY = 0;
  let offsetX = 0;
  if (only) {
    const staying = Object.values(design.resources).filter((r) => !only.has(r.id));
    const others = staying.filter((r) => r.kind !== 'Workload');
    const workloads = staying.filter((r) => r.kind === 'Workload');
    if (others.length > 0) {
      offsetY = Math.max(...others.map((r) => r.position.y)) + CARD.height + GAP_BELOW_EXISTING;
      offsetX = Math.min(...others.map((r) => r.position.x));
    } else if (workloads.length > 0) {
      // Only workloads so far: the pools arrive right of their column.
      offsetY = Math.min(...workloads.map((r) => r.position.y));
      offsetX = Math.max(...workloads.map((r) => r.position.x)) + CARD.width + WORKLOAD_GAP;
    }
  }
  const positions: Record<ResourceId, Position> = {};
  for (const [id, at] of Object.entries(laid))
    positions[id] = { x: at.x + offsetX, y: at.y + offsetY };
  return positions;
}

/** The dagre layout of `ids` along their references, its top-left at the origin. */
function layeredPositions(
  ids: readonly ResourceId[],
  refs: readonly Reference[],
): Record<ResourceId, Position> {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({
    rankdir: 'LR',
    nodesep: 36,
    ranksep: 140,
    marginx: 0,
    marginy: 0,
    ranker: RANKER,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  // dagre keeps its graph in plain objects keyed by node name and tests them with `in`, so an id
  // such as `constructor` would find Object.prototype's. It gets the ids' indices instead.
  const keys = new Map(ids.map((id, index) => [id, String(index)]));
  for (const key of keys.values()) graph.setNode(key, { ...CARD });
  for (const ref of refs) {
    const source = keys.get(ref.source);
    const target = keys.get(ref.target);
    if (source !== undefined && target !== undefined) graph.setEdge(source, target);
  }
  dagre.layout(graph);
  const positions: Record<ResourceId, Position> = {};
  for (const [id, key] of keys) {
    const node = graph.node(key) as { x: number; y: number } | undefined;
    if (!node) continue;
    // dagre gives centres; React Flow positions are top-left corners.
    positions[id] = {
      x: Math.round(node.x - CARD.width / 2),
      y: Math.round(node.y - CARD.height / 2),
    };
  }
  return positions;
}

/** The design with `added` laid out as a block below what was already on the canvas. */
export function placeAdded(design: Design, added: Iterable<ResourceId>): Design {
  const positions = layoutPositions(design, new Set(added));
  return moveResources(design, positions);
}
