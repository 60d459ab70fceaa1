import { describe, expect, it } from 'vitest';
import { diffLines, unifiedDiff } from './lineDiff';

describe('diffLines', () => {
  it('marks every line the same when nothing changed', () => {
    expect(diffLines('a\nb\n', 'a\nb\n')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'same', text: 'b' },
    ]);
  });

  it('shows a changed line as removed then added, between unchanged ones', () => {
    expect(
      diffLines(
        'kind: NodePool\napiVersion: v1beta1\nspec: {}\n',
        'kind: NodePool\napiVersion: v1\nspec: {}\n',
      ),
    ).toEqual([
      { kind: 'same', text: 'kind: NodePool' },
      { kind: 'removed', text: 'apiVersion: v1beta1' },
      { kind: 'added', text: 'apiVersion: v1' },
      { kind: 'same', text: 'spec: {}' },
    ]);
  });

  it('finds the longest run of unchanged lines through moves and inserts', () => {
    const lines = diffLines('a\nb\nc\nd\n', 'b\nc\nx\nd\na\n');
    expect(lines.filter((l) => l.kind === 'same').map((l) => l.text)).toEqual(['b', 'c', 'd']);
    expect(lines.filter((l) => l.kind === 'added').map((l) => l.text)).toEqual(['x', 'a']);
    expect(lines.filter((l) => l.kind === 'removed').map((l) => l.text)).toEqual(['a']);
  });

  it('handles empty texts on either side', () => {
    expect(diffLines('', 'a\n')).toEqual([{ kind: 'added', text: 'a' }]);
    expect(diffLines('a\n', '')).toEqual([{ kind: 'removed', text: 'a' }]);
    expect(diffLines('', '')).toEqual([]);
  });
});

describe('unifiedDiff', () => {
  it('is empty when nothing changed', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n')).toBe('');
  });

  it('writes hunks with three lines of context and their line ranges', () => {
    const numbers = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
    const before = numbers(1, 14).join('\n');
    const after = [...numbers(1, 5), 'six', ...numbers(7, 15)].join('\n');
    expect(unifiedDiff(before, after)).toBe(
      [
        '--- before',
        '+++ after',
        '@@ -3,7 +3,7 @@',
        ' 3',
        ' 4',
        ' 5',
        '-6',
        '+six',
        ' 7',
        ' 8',
        ' 9',
        '@@ -12,3 +12,4 @@',
        ' 12',
        ' 13',
        ' 14',
        '+15',
        '',
      ].join('\n'),
    );
  });

  it('merges changes whose context overlaps into one hunk', () => {
    const diff = unifiedDiff('a\nb\nc\nd\ne\n', 'A\nb\nc\nd\nE\n');
    expect(diff.match(/^@@/gm)).toHaveLength(1);
    expect(diff).toContain('@@ -1,5 +1,5 @@');
  });

  it('numbers an insertion into an empty text from line 0', () => {
    expect(unifiedDiff('', 'a\n')).toBe('--- before\n+++ after\n@@ -0,0 +1,1 @@\n+a\n');
  });
});
