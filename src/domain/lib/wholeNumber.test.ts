import { describe, expect, it } from 'vitest';
import { formatWholeNumber, parseWholeNumber } from './wholeNumber';

describe('whole-number fields', () => {
  it('reads empty text as not set', () => {
    expect(parseWholeNumber('  ')).toEqual({ ok: true, value: undefined });
  });

  it('reads digits, leading zeros included', () => {
    expect(parseWholeNumber('050')).toEqual({ ok: true, value: 50 });
  });

  it('refuses signs, decimals and words', () => {
    for (const text of ['-1', '1.5', '1e3', 'ten']) expect(parseWholeNumber(text).ok).toBe(false);
  });

  it('formats what it reads', () => {
    expect(formatWholeNumber(undefined)).toBe('');
    expect(formatWholeNumber(7)).toBe('7');
  });
});
