import { CARD } from './groupGrid';
import type { Design, Position, ResourceId } from './types';

const CARD_WIDTH = CARD.width;
/** Workload cards are taller than the others (facts and verdict). */
const WORKLOAD_ROW = 150;
/** Between the workload column and the pools: room for the placement edges' labels. */
export const WORKLOAD_GAP = 240;
/** Up to this many workloads stand in one column; more wrap into columns as tall as the rest. */
const COLUMN_MAX = 40;
/** Between the columns of a wrapped block. */
const COLUMN_GAP = 40;

/**
 * Where the workload column continues: below the workloads already there, else left of the rest
 * of the design (`placed` and the resources not being placed), else at the origin.
 */
function columnStart(
  design: Design,
  placed: Readonly<Record<ResourceId, Position>>,
  only: ReadonlySet<ResourceId> | undefined,
): Position {
  const staying = only ? Object.values(design.resources).filter((r) => !only.has(r.id)) : [];
  const column = staying.filter((r) => r.kind === 'Workload').map((r) => r.position);
  if (column.length > 0)
    return {
      x: Math.min(...column.map((p) => p.x)),
      y: Math.max(...column.map((p) => p.y)) + WORKLOAD_ROW,
    };
  const others = [
    ...Object.values(placed),
    ...staying.filter((r) => r.kind !== 'Workload').map((r) => r.position),
  ];
  if (others.length === 0) return { x: 0, y: 0 };
  return {
    x: Math.min(...others.map((p) => p.x)) - CARD_WIDTH - WORKLOAD_GAP,
    y: Math.min(...others.map((p) => p.y)),
  };
}

/**
 * The workloads stacked by name in a column left of everything else, so their placement edges
 * run one way into the pools; with `only`, added ones continue the column that is already there.
 * Hundreds of new workloads wrap into a block of columns, as tall as the rest of the design (or
 * about square when that is shorter), its last column nearest the pools.
 */
export function workloadColumn(
  design: Design,
  workloads: readonly ResourceId[],
  placed: Readonly<Record<ResourceId, Position>>,
  only: ReadonlySet<ResourceId> | undefined,
): Record<ResourceId, Position> {
  const { x, y } = columnStart(design, placed, only);
  const continuing =
    only !== undefined &&
    Object.values(design.resources).some((r) => r.kind === 'Workload' && !only.has(r.id));
  const rows = continuing ? workloads.length : rowsOf(workloads.length, placed);
  const pitch = CARD_WIDTH + COLUMN_GAP;
  const left = x - (Math.ceil(workloads.length / rows) - 1) * pitch;
  const name = (id: ResourceId) => {
    const r = design.resources[id];
    return r?.kind === 'Workload' ? r.manifest.metadata.name : '';
  };
  const ordered = [...workloads].sort((a, b) =>
    name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return Object.fromEntries(
    ordered.map((id, i) => [
      id,
      { x: left + Math.floor(i / rows) * pitch, y: y + (i % rows) * WORKLOAD_ROW },
    ]),
  );
}

/** How many workloads stand in each column of the block. */
function rowsOf(count: number, placed: Readonly<Record<ResourceId, Position>>): number {
  if (count <= COLUMN_MAX) return Math.max(1, count);
  const ys = Object.values(placed).map((p) => p.y);
  const restRows =
    ys.length > 0 ? Math.ceil((Math.max(...ys) - Math.min(...ys)) / WORKLOAD_ROW) : 0;
  const squareRows = Math.ceil(Math.sqrt((count * CARD_WIDTH) / WORKLOAD_ROW));
  return Math.max(COLUMN_MAX, restRows, squareRows);
}

/**
 * Where a workload added from the palette goes: the next place in the workload column, or
 * undefined on a canvas with nothing else on it (then it goes where the user is looking).
 */
export function workloadSlot(design: Design): Position | undefined {
  if (Object.keys(design.resources).length === 0) return undefined;
  return columnStart(design, {}, new Set());
}
