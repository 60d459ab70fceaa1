import { describe, expect, it } from 'vitest';
import { isValidName, nameProblem, uniqueName } from './names';

describe('uniqueName', () => {
  it('starts counting at 1', () => {
    expect(uniqueName('nodepool', new Set())).toBe('nodepool-1');
  });

  it('takes the next number when nodepool-1 is taken', () => {
    expect(uniqueName('nodepool', new Set(['nodepool-1']))).toBe('nodepool-2');
  });

  it('fills the first gap rather than counting past the highest', () => {
    expect(uniqueName('nodepool', new Set(['nodepool-1', 'nodepool-3']))).toBe('nodepool-2');
  });

  it('ignores names with another prefix', () => {
    expect(uniqueName('nodepool', new Set(['ec2nodeclass-1']))).toBe('nodepool-1');
  });
});

describe('nameProblem', () => {
  it.each(['gpu-spot', 'a.b-c', 'default', 'a', '0', 'x'.repeat(253)])('accepts %s', (name) => {
    expect(nameProblem(name)).toBeUndefined();
    expect(isValidName(name)).toBe(true);
  });

  it.each([
    ['GPU', 'uppercase'],
    ['-x', 'a leading dash'],
    ['x-', 'a trailing dash'],
    ['a_b', 'an underscore'],
    ['a..b', 'an empty dot-separated part'],
    ['.a', 'a leading dot'],
  ])('rejects %s (%s)', (name) => {
    expect(nameProblem(name)).toMatch(/lowercase/);
    expect(isValidName(name)).toBe(false);
  });

  it('says a name is required when it is empty', () => {
    expect(nameProblem('')).toBe('a name is required');
  });

  it('rejects a 254-character name for its length', () => {
    expect(nameProblem('x'.repeat(254))).toMatch(/at most 253 characters/);
  });
});
