import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('keeps the noun singular for exactly one', () => {
    expect(plural(1, 'line')).toBe('1 line');
  });

  it('adds an s for none and for many', () => {
    expect(plural(0, 'error')).toBe('0 errors');
    expect(plural(12, 'document')).toBe('12 documents');
  });

  it('takes an irregular plural when given one', () => {
    expect(plural(2, 'EC2NodeClass', 'EC2NodeClasses')).toBe('2 EC2NodeClasses');
    expect(plural(1, 'EC2NodeClass', 'EC2NodeClasses')).toBe('1 EC2NodeClass');
  });
});
