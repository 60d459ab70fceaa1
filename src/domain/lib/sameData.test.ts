import { describe, expect, it } from 'vitest';
import { sameData } from './sameData';

describe('sameData', () => {
  it('ignores the order of keys but not the order of list items', () => {
    expect(sameData({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameData({ b: [1, 2] }, { b: [2, 1] })).toBe(false);
  });

  it('counts a member whose value is undefined as absent', () => {
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: null }, {})).toBe(false);
  });

  it('tells a list from a map with index keys, and null from an empty map', () => {
    expect(sameData(['x'], { 0: 'x' })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });

  it('compares numbers as YAML writes them: NaN equals NaN, -0 is not 0', () => {
    expect(sameData({ a: NaN }, { a: NaN })).toBe(true);
    expect(sameData(-0, 0)).toBe(false);
    expect(sameData('1', 1)).toBe(false);
  });

  it('reads a __proto__ key as data', () => {
    const withProto = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    expect(sameData(withProto, {})).toBe(false);
    expect(sameData(withProto, JSON.parse('{"__proto__": {"x": 1}}'))).toBe(true);
  });
});
