import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalEdits, type TextEdit } from './minimalEdits';

/** Applies edits from the last to the first, so that earlier offsets stay true. */
function apply(before: string, edits: readonly TextEdit[]): string {
  return edits.reduceRight(
    (text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end),
    before,
  );
}

describe('minimalEdits', () => {
  it('reports nothing when the text is unchanged', () => {
    expect(minimalEdits('kind: NodePool\n', 'kind: NodePool\n')).toEqual([]);
  });

  it('replaces only the renamed value, not the documents around it', () => {
    const before = 'kind: NodePool\nmetadata:\n  name: default\n---\nkind: EC2NodeClass\n';
    const after = 'kind: NodePool\nmetadata:\n  name: gpu\n---\nkind: EC2NodeClass\n';
    const edits = minimalEdits(before, after);
    expect(edits).toEqual([{ start: 33, end: 40, text: 'gpu' }]);
    expect(apply(before, edits)).toBe(after);
  });

  it('inserts a new document between two that stay', () => {
    const before = 'a: 1\n---\nb: 2\n';
    const after = 'a: 1\n---\nn: 0\n---\nb: 2\n';
    const edits = minimalEdits(before, after);
    expect(edits).toEqual([{ start: 9, end: 9, text: 'n: 0\n---\n' }]);
    expect(apply(before, edits)).toBe(after);
  });

  it('empties the text and fills it again', () => {
    expect(apply('a: 1\n', minimalEdits('a: 1\n', ''))).toBe('');
    expect(apply('', minimalEdits('', 'a: 1\n'))).toBe('a: 1\n');
  });

  it('keeps a surrogate pair whole when only its low half differs', () => {
    const before = 'team: 🚀\n';
    const after = 'team: 🛸\n';
    const edits = minimalEdits(before, after);
    expect(edits.map((edit) => edit.text)).toEqual(['🛸']);
    expect(apply(before, edits)).toBe(after);
  });

  it('leaves the documents between two changed ones untouched', () => {
    const before = 'name: a\n---\nkind: EC2NodeClass\n---\nname: b\n';
    const after = 'name: x\n---\nkind: EC2NodeClass\n---\nname: y\n';
    expect(minimalEdits(before, after)).toEqual([
      { start: 6, end: 7, text: 'x' },
      { start: 41, end: 42, text: 'y' },
    ]);
  });

  it('replaces a text that changed throughout in one span', () => {
    const lines = (prefix: string) =>
      Array.from({ length: 3000 }, (_, k) => `${prefix}${k}\n`).join('');
    const edits = minimalEdits(lines('a'), lines('b'));
    expect(edits).toHaveLength(1);
    expect(apply(lines('a'), edits)).toBe(lines('b'));
  });

  it('turns any text into any other, never splitting a surrogate pair', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '\n', '-', '🙂', '🛸') });
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = minimalEdits(before, after);
        expect(apply(before, edits)).toBe(after);
        edits.forEach((edit, k) => {
          expect(edit.start).toBeGreaterThanOrEqual(edits[k - 1]?.end ?? 0);
          expect(before.charCodeAt(edit.start - 1) & 0xfc00).not.toBe(0xd800);
          expect(before.charCodeAt(edit.end) & 0xfc00).not.toBe(0xdc00);
        });
      }),
    );
  });
});
