import { describe, expect, it } from 'vitest';
import { formatBytes, formatCpu, parseQuantity } from './quantity';

describe('parseQuantity', () => {
  it.each([
    ['500m', 0.5],
    ['2', 2],
    ['1.5', 1.5],
    ['1Gi', 2 ** 30],
    ['100Mi', 100 * 2 ** 20],
    ['1G', 1e9],
    ['128974848', 128974848],
    ['129e6', 129e6],
    ['1E3', 1000],
    ['30400G', 30400e9],
    ['.5', 0.5],
  ])('%s is %d', (text, value) => {
    expect(parseQuantity(text)).toBeCloseTo(value, 9);
  });

  it.each(['', 'abc', '1 Gi', '1gi', '1Gb', '--1'])('%j is not a quantity', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });

  it('takes numbers as they are, as YAML gives them', () => {
    expect(parseQuantity(4)).toBe(4);
    expect(parseQuantity(Number.NaN)).toBeUndefined();
  });

  it.each([true, null, { cpu: 1 }, ['1']])(
    '%j, written where a quantity goes, is none',
    (value) => {
      expect(parseQuantity(value)).toBeUndefined();
    },
  );
});

describe('formatting', () => {
  it('prints bytes in the largest whole binary unit', () => {
    expect(formatBytes(17 * 2 ** 30)).toBe('17Gi');
    expect(formatBytes(6903 * 2 ** 20)).toBe('6903Mi');
    expect(formatBytes(1500)).toBe('1500');
  });

  it('prints cpu in millicores unless whole', () => {
    expect(formatCpu(1.93)).toBe('1930m');
    expect(formatCpu(4)).toBe('4');
  });
});
