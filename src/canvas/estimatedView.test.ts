import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../domain/design/example';
import type { Resource } from '../domain/design/types';
import { cardBounds, estimatedView } from './estimatedView';
import { cardHeight } from './nodes/cardHeight';

const resources = (): Resource[] => Object.values(exampleDesign().resources);
const none = () => undefined;
const pane = { width: 1000, height: 700, minZoom: 0.1, maxZoom: 1, padding: 0.12 };

describe('the view a design opens at, before its cards are drawn', () => {
  it('covers every card, at the size it was measured or the size it will be drawn at', () => {
    const all = resources();
    const [first] = all;
    if (!first) throw new Error('the example has resources');
    const estimated = cardBounds(all, none);
    const tall = cardBounds(all, (id) =>
      id === first.id ? { width: 200, height: 2000 } : undefined,
    );
    expect(estimated).toBeDefined();
    expect(tall?.height).toBeGreaterThan(estimated?.height ?? Infinity);
    for (const r of all) {
      expect(r.position.x).toBeGreaterThanOrEqual(estimated?.x ?? NaN);
      expect(r.position.y + cardHeight(r)).toBeLessThanOrEqual(
        (estimated?.y ?? NaN) + (estimated?.height ?? NaN),
      );
    }
  });

  it('centres the design and zooms out no further than needed, within the zoom limits', () => {
    const view = estimatedView(resources(), none, pane);
    const box = cardBounds(resources(), none);
    if (!view || !box) throw new Error('a design with cards has a view');
    expect(view.zoom).toBeGreaterThan(pane.minZoom);
    expect(view.zoom).toBeLessThanOrEqual(pane.maxZoom);
    // The design's centre lands on the pane's centre.
    expect(view.x + (box.x + box.width / 2) * view.zoom).toBeCloseTo(pane.width / 2, 0);
    expect(view.y + (box.y + box.height / 2) * view.zoom).toBeCloseTo(pane.height / 2, 0);
    // A design spread ten times wider is shown ten times smaller (until the minimum zoom).
    const wide = resources().map((r) => ({
      ...r,
      position: { x: r.position.x * 10, y: r.position.y },
    }));
    expect(estimatedView(wide, none, pane)?.zoom).toBeLessThan(view.zoom);
  });

  it('has no view for no cards or a pane not laid out yet', () => {
    expect(estimatedView([], none, pane)).toBeUndefined();
    expect(estimatedView(resources(), none, { ...pane, width: 0 })).toBeUndefined();
  });
});
