import type { Reference } from './references';
import type { Design, Position, ResourceId } from './types';

/** Roughly a canvas card, as the layouts count it. */
export const CARD = { width: 200, height: 110 };
/** Between a pool and the MIG profile left of it, and between columns of pools. */
const CELL_GAP = { x: 60, y: 36 };
/** Between a group's pools and its EC2NodeClass: room for the nodeClassRef edges to fan in. */
const CLASS_GAP = 140;
/** Between groups, wider than inside one so each class and its pools read as a unit. */
const GROUP_GAP = { x: 200, y: 160 };
/** A screen's shape (16:10): the groups wrap so the whole design fits one at a glance. */
const SCREEN_ASPECT = 1.6;

/** A pool with the MIG profile drawn left of it, or a card on its own. */
interface Cell {
  main: ResourceId;
  left?: ResourceId;
}

/** An EC2NodeClass and what leads to it: its pools and their MIG profiles, in a grid of cells. */
interface Group {
  hub?: ResourceId;
  cells: Cell[];
}

interface PlacedGroup {
  width: number;
  height: number;
  /** Offsets inside the group, from its top-left corner. */
  positions: [ResourceId, Position][];
}

/**
 * Each EC2NodeClass with its NodePools (and their MIG profiles) as a group, the class right of
 * its pools as the reference edges run, the pools in a grid of columns; the groups wrapped into
 * rows so the design is about as wide as a screen for its height. For designs of hundreds of
 * pools, where a layered layout makes one column hundreds of cards tall. Positions start at the
 * origin, top-left corners as React Flow places nodes; `ids` order decides every tie.
 */
export function groupGridPositions(
  design: Design,
  ids: readonly ResourceId[],
  refs: readonly Reference[],
): Record<ResourceId, Position> {
  const groups = groupsOf(design, ids, refs).map(placeGroup);
  const area = groups.reduce(
    (sum, g) => sum + (g.width + GROUP_GAP.x) * (g.height + GROUP_GAP.y),
    0,
  );
  const rowWidth = Math.sqrt(area * SCREEN_ASPECT);

  const positions: Record<ResourceId, Position> = {};
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const group of groups) {
    if (x > 0 && x + group.width > rowWidth) {
      x = 0;
      y += rowHeight + GROUP_GAP.y;
      rowHeight = 0;
    }
    for (const [id, at] of group.positions) positions[id] = { x: x + at.x, y: y + at.y };
    x += group.width + GROUP_GAP.x;
    rowHeight = Math.max(rowHeight, group.height);
  }
  return positions;
}

/**
 * The groups in `ids` order: one per EC2NodeClass, then one of whatever reaches no class
 * (pools without one, MIG profiles on no pool). A pool naming two classes of one name joins the
 * first; a MIG profile on several pools sits beside the first.
 */
function groupsOf(design: Design, ids: readonly ResourceId[], refs: readonly Reference[]): Group[] {
  const chosen = new Set(ids);
  const classOfPool = new Map<ResourceId, ResourceId>();
  const migOfPool = new Map<ResourceId, ResourceId>();
  for (const ref of refs) {
    if (!chosen.has(ref.source) || !chosen.has(ref.target)) continue;
    if (ref.kind === 'nodeClassRef') {
      if (!classOfPool.has(ref.source)) classOfPool.set(ref.source, ref.target);
    } else if (!migOfPool.has(ref.target)) migOfPool.set(ref.target, ref.source);
  }
  const byClass = new Map<ResourceId, Group>();
  const loose: Group = { cells: [] };
  for (const id of ids)
    if (design.resources[id]?.kind === 'EC2NodeClass') byClass.set(id, { hub: id, cells: [] });

  const besidePool = new Set<ResourceId>();
  for (const id of ids) {
    if (design.resources[id]?.kind !== 'NodePool') continue;
    const mig = migOfPool.get(id);
    const left = mig !== undefined && !besidePool.has(mig) ? mig : undefined;
    if (left !== undefined) besidePool.add(left);
    const classId = classOfPool.get(id);
    const group = (classId !== undefined ? byClass.get(classId) : undefined) ?? loose;
    group.cells.push(left === undefined ? { main: id } : { main: id, left });
  }
  for (const id of ids) {
    const kind = design.resources[id]?.kind;
    if (kind !== 'EC2NodeClass' && kind !== 'NodePool' && !besidePool.has(id))
      loose.cells.push({ main: id });
  }
  const groups = [...byClass.values()];
  return loose.cells.length > 0 ? [...groups, loose] : groups;
}

/**
 * A group's cells down columns, as many columns as make the grid about square, and its class
 * right of them, level with their middle.
 */
function placeGroup(group: Group): PlacedGroup {
  const withMig = group.cells.some((cell) => cell.left !== undefined);
  const cellWidth = withMig ? 2 * CARD.width + CELL_GAP.x : CARD.width;
  const pitch = { x: cellWidth + CELL_GAP.x, y: CARD.height + CELL_GAP.y };
  const count = group.cells.length;
  const columns = Math.max(1, Math.round(Math.sqrt((count * pitch.y) / pitch.x)));
  const rows = Math.ceil(count / columns);
  const positions: [ResourceId, Position][] = [];
  group.cells.forEach((cell, i) => {
    const x = Math.floor(i / rows) * pitch.x;
    const y = (i % rows) * pitch.y;
    if (cell.left !== undefined) positions.push([cell.left, { x, y }]);
    positions.push([cell.main, { x: withMig ? x + CARD.width + CELL_GAP.x : x, y }]);
  });
  const gridWidth = count > 0 ? Math.ceil(count / rows) * pitch.x - CELL_GAP.x : 0;
  const gridHeight = count > 0 ? rows * pitch.y - CELL_GAP.y : 0;
  if (group.hub === undefined) return { width: gridWidth, height: gridHeight, positions };
  const hubX = count > 0 ? gridWidth + CLASS_GAP : 0;
  positions.push([
    group.hub,
    { x: hubX, y: Math.max(0, Math.round((gridHeight - CARD.height) / 2)) },
  ]);
  return {
    width: hubX + CARD.width,
    height: Math.max(gridHeight, CARD.height),
    positions,
  };
}
