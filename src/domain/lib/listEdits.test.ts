import { describe, expect, it } from 'vitest';
import { formatList, parseList, removeAt, replaceAt } from './listEdits';

describe('list edits', () => {
  it('parses comma-separated values, trimming blanks and ignoring a trailing comma', () => {
    expect(parseList(' spot,on-demand , ,')).toEqual(['spot', 'on-demand']);
    expect(parseList('')).toEqual([]);
  });

  it('formats values the way parseList reads them back', () => {
    const values = ['g5', 'g6', 'g6e'];
    expect(parseList(formatList(values))).toEqual(values);
  });

  it('replaces and removes by index without mutating', () => {
    const list = ['a', 'b', 'c'];
    expect(replaceAt(list, 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(removeAt(list, 0)).toEqual(['b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});
