import { describe, expect, it } from 'vitest';
import {
  keyTaken,
  nonEmpty,
  withBlankEntry,
  withEntry,
  withKeyRenamed,
  withOptional,
  withoutEntry,
} from './mapEdits';

describe('map edits', () => {
  it('renames a key in place, so its row does not move', () => {
    const renamed = withKeyRenamed({ team: 'ml', tier: 'gold', zone: 'a' }, 'tier', 'level');
    expect(Object.entries(renamed)).toEqual([
      ['team', 'ml'],
      ['level', 'gold'],
      ['zone', 'a'],
    ]);
  });

  it('refuses a rename onto another key instead of dropping that entry', () => {
    const labels = { app: 'web', team: 'ml' };
    expect(keyTaken(labels, 'team', 'app')).toBe(true);
    expect(withKeyRenamed(labels, 'team', 'app')).toEqual(labels);
  });

  it('treats renaming a key to itself as no collision', () => {
    expect(keyTaken({ app: 'web' }, 'app', 'app')).toBe(false);
  });

  it('sets a value in place and appends a new key', () => {
    expect(Object.keys(withEntry({ a: '1', b: '2' }, 'a', '9'))).toEqual(['a', 'b']);
    expect(withEntry({ a: '1' }, 'b', 2)).toEqual({ a: '1', b: 2 });
  });

  it('removes a key without touching the original', () => {
    const map = { a: '1', b: '2' };
    expect(withoutEntry(map, 'a')).toEqual({ b: '2' });
    expect(map).toEqual({ a: '1', b: '2' });
  });

  it('adds one blank row at most', () => {
    const once = withBlankEntry({ a: '1' }, '');
    expect(once).toEqual({ a: '1', '': '' });
    expect(withBlankEntry(once, '')).toEqual(once);
  });

  it('turns an empty map into undefined so the field is left out', () => {
    expect(nonEmpty({})).toBeUndefined();
    expect(nonEmpty({ a: '1' })).toEqual({ a: '1' });
  });

  it('sets an optional field, and removes the key itself when undefined', () => {
    const spec: { weight?: number; other: string } = { weight: 10, other: 'x' };
    const without = withOptional(spec, 'weight', undefined);
    expect('weight' in without).toBe(false);
    expect(withOptional(spec, 'weight', 20)).toEqual({ weight: 20, other: 'x' });
    expect(withOptional(without, 'weight', undefined)).toBe(without);
  });
});
