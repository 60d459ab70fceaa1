import { describe, expect, it } from 'vitest';
import {
  designOf,
  migProfile,
  nodeClass,
  nodePool,
  workload,
} from '../../../test/fixtures/fixtures';
import { layoutPositions, placeAdded } from './layout';
import type { Design, Position, Resource, ResourceId } from './types';

const CARD = { width: 200, height: 110 };
/** Workload cards show facts and a verdict: taller than the others. */
const WORKLOAD_HEIGHT = 140;

/** `classes` EC2NodeClasses, `pools` NodePools dealt round them, as a large import brings. */
function poolsDesign(classes: number, pools: number, extra: Resource[] = []): Design {
  const name = (i: number) => `class-${String(i).padStart(3, '0')}`;
  return designOf(
    ...Array.from({ length: classes }, (_, i) => nodeClass(name(i))),
    ...Array.from({ length: pools }, (_, i) => nodePool(`pool-${i}`, name(i % classes))),
    ...extra,
  );
}

interface Box {
  id: ResourceId;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function boxes(design: Design, positions: Record<ResourceId, Position>): Box[] {
  return Object.entries(positions).map(([id, at]) => ({
    id,
    left: at.x,
    top: at.y,
    right: at.x + CARD.width,
    bottom: at.y + (design.resources[id]?.kind === 'Workload' ? WORKLOAD_HEIGHT : CARD.height),
  }));
}

/** Pairs of cards that overlap, found by a sweep along x (thousands of cards, not millions of pairs). */
function overlaps(all: Box[]): [ResourceId, ResourceId][] {
  const sorted = [...all].sort((a, b) => a.left - b.left);
  const found: [ResourceId, ResourceId][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.left < a.right; j++) {
      const b = sorted[j]!;
      if (b.top < a.bottom && a.top < b.bottom) found.push([a.id, b.id]);
    }
  }
  return found;
}

function extent(all: Box[]): { width: number; height: number } {
  const width = Math.max(...all.map((b) => b.right)) - Math.min(...all.map((b) => b.left));
  const height = Math.max(...all.map((b) => b.bottom)) - Math.min(...all.map((b) => b.top));
  return { width, height };
}

describe('the layout of a large design', () => {
  const large = poolsDesign(100, 900);

  it('places every resource, none on another', () => {
    const positions = layoutPositions(large);
    expect(Object.keys(positions).sort()).toEqual(Object.keys(large.resources).sort());
    expect(overlaps(boxes(large, positions))).toEqual([]);
  });

  it('wraps into a block about a screen’s shape instead of one long column', () => {
    const { width, height } = extent(boxes(large, layoutPositions(large)));
    expect(width / height).toBeGreaterThan(1);
    expect(width / height).toBeLessThan(2.5);
  });

  it('puts each class right of its pools, level with them', () => {
    const positions = layoutPositions(large);
    for (let c = 0; c < 100; c++) {
      const name = `class-${String(c).padStart(3, '0')}`;
      const hub = positions[`nc-${name}`]!;
      const pools = Array.from({ length: 9 }, (_, k) => positions[`np-pool-${c + 100 * k}`]!);
      const top = Math.min(...pools.map((p) => p.y));
      const bottom = Math.max(...pools.map((p) => p.y));
      expect(Math.max(...pools.map((p) => p.x))).toBeLessThan(hub.x);
      expect(hub.y).toBeGreaterThanOrEqual(top);
      expect(hub.y).toBeLessThanOrEqual(bottom);
      // Near them, not across the design: within the group's own width.
      expect(hub.x - Math.min(...pools.map((p) => p.x))).toBeLessThan(1000);
    }
  });

  it('is the same every time', () => {
    expect(layoutPositions(large)).toEqual(layoutPositions(poolsDesign(100, 900)));
  });

  it('keeps MIG profiles beside their pools and workloads in a block left of the pools', () => {
    const profiles = Array.from({ length: 30 }, (_, i) => migProfile(`m${i}`));
    const workloads = Array.from({ length: 300 }, (_, i) =>
      workload(`app-${String(i).padStart(3, '0')}`),
    );
    const design = designOf(
      ...Object.values(poolsDesign(20, 200, [...profiles, ...workloads]).resources).map((r) => {
        const i = Number(r.id.slice('np-pool-'.length));
        return r.kind === 'NodePool' && i < 30 ? { ...r, migProfileId: `mig-m${i}` } : r;
      }),
    );
    const positions = layoutPositions(design);
    const all = boxes(design, positions);
    expect(all).toHaveLength(Object.keys(design.resources).length);
    expect(overlaps(all)).toEqual([]);
    for (let i = 0; i < 30; i++) {
      const profile = positions[`mig-m${i}`]!;
      const pool = positions[`np-pool-${i}`]!;
      expect(profile.y).toBe(pool.y);
      expect(profile.x).toBeLessThan(pool.x);
    }
    const workloadRight = Math.max(
      ...all.filter((b) => b.id.startsWith('wl-')).map((b) => b.right),
    );
    const poolLeft = Math.min(...all.filter((b) => !b.id.startsWith('wl-')).map((b) => b.left));
    expect(workloadRight).toBeLessThan(poolLeft);
    const block = extent(all.filter((b) => b.id.startsWith('wl-')));
    expect(block.height).toBeLessThan(300 * WORKLOAD_HEIGHT);
  });

  it('places a large import below what is already on the canvas', () => {
    const existing = { ...nodeClass('kept'), position: { x: 50, y: 400 } };
    const design = poolsDesign(10, 90, [existing]);
    const added = Object.keys(design.resources).filter((id) => id !== existing.id);
    const placed = placeAdded(design, added);
    const all = boxes(
      placed,
      Object.fromEntries(Object.values(placed.resources).map((r) => [r.id, r.position])),
    );
    expect(overlaps(all)).toEqual([]);
    for (const id of added) expect(placed.resources[id]!.position.y).toBeGreaterThan(400 + 110);
  });

  it('places 5,000 resources, none on another', () => {
    const huge = poolsDesign(500, 4500);
    const all = boxes(huge, layoutPositions(huge));
    expect(all).toHaveLength(5000);
    expect(overlaps(all)).toEqual([]);
    const { width, height } = extent(all);
    expect(width / height).toBeLessThan(2.5);
    expect(width / height).toBeGreaterThan(1);
  });
});
