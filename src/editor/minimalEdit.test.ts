import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalEdit, type TextEdit } from './minimalEdit';

function apply(before: string, edit: TextEdit | undefined): string {
  return edit ? before.slice(0, edit.start) + edit.text + before.slice(edit.end) : before;
}

describe('minimalEdit', () => {
  it('reports nothing when the text is unchanged', () => {
    expect(minimalEdit('kind: NodePool\n', 'kind: NodePool\n')).toBeUndefined();
  });

  it('replaces only the renamed value, not the documents around it', () => {
    const before = 'kind: NodePool\nmetadata:\n  name: default\n---\nkind: EC2NodeClass\n';
    const after = 'kind: NodePool\nmetadata:\n  name: gpu\n---\nkind: EC2NodeClass\n';
    const edit = minimalEdit(before, after);
    expect(edit).toEqual({ start: 33, end: 40, text: 'gpu' });
    expect(apply(before, edit)).toBe(after);
  });

  it('inserts a new document between two that stay', () => {
    const before = 'a: 1\n---\nb: 2\n';
    const after = 'a: 1\n---\nn: 0\n---\nb: 2\n';
    const edit = minimalEdit(before, after);
    expect(edit?.end).toBe(edit?.start);
    expect(apply(before, edit)).toBe(after);
  });

  it('empties the text and fills it again', () => {
    expect(apply('a: 1\n', minimalEdit('a: 1\n', ''))).toBe('');
    expect(apply('', minimalEdit('', 'a: 1\n'))).toBe('a: 1\n');
  });

  it('keeps a surrogate pair whole when only its low half differs', () => {
    const before = 'team: 🚀\n';
    const after = 'team: 🛸\n';
    const edit = minimalEdit(before, after);
    expect(edit?.text).toBe('🛸');
    expect(apply(before, edit)).toBe(after);
  });

  it('turns any text into any other, never splitting a surrogate pair', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '\n', '-', '🙂', '🛸') });
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edit = minimalEdit(before, after);
        expect(apply(before, edit)).toBe(after);
        if (edit) {
          expect(before.charCodeAt(edit.start - 1) & 0xfc00).not.toBe(0xd800);
          expect(before.charCodeAt(edit.end) & 0xfc00).not.toBe(0xdc00);
        }
      }),
    );
  });
});
