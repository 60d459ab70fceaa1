import { describe, expect, it } from 'vitest';
import { designOf, nodeClass, nodePool } from '../../test/fixtures/fixtures';
import type { Design, NodePoolResource } from '../domain/design/types';
import * as checker from './checkerEngine';
import { selectResourceProblems } from './selectors';

const a = nodePool('a', 'missing');
const b = nodePool('b', 'missing');
const at = (design: Design, id: string) =>
  selectResourceProblems({ design, catalog: undefined, planner: undefined, checker }, id);

function withWeight(pool: NodePoolResource, weight: number): NodePoolResource {
  return { ...pool, manifest: { ...pool.manifest, spec: { ...pool.manifest.spec, weight } } };
}

// A card, badge or form re-renders when the array it reads changes: an edit elsewhere must hand
// every other resource the very array it had, or a keystroke redraws every card on the canvas.
describe("one resource's problems", () => {
  it('are the same array after an edit that leaves them as they were', () => {
    const before = designOf(a, b);
    const aBefore = at(before, 'np-a');
    const bBefore = at(before, 'np-b');
    expect(aBefore.map((p) => p.rule)).toContain('nodeclassref-dangling');

    const after = designOf(a, withWeight(b, 10));
    expect(at(after, 'np-a')).toBe(aBefore);
    expect(at(after, 'np-b')).toBe(bBefore);
  });

  it('are a new array when they change, and empty when none is left', () => {
    const before = designOf(a, b);
    const aBefore = at(before, 'np-a');
    const after = designOf(a, b, nodeClass('missing'));
    expect(at(after, 'np-a')).not.toBe(aBefore);
    expect(at(after, 'np-a').filter((p) => p.severity === 'error')).toEqual([]);
  });
});
