import { describe, expect, it } from 'vitest';
import { gpuOf } from '../../../test/fixtures/fixtures';
import { addToMix, customConfigName, isNvidiaLayoutName, removeFromMix } from './customMix';

describe('custom MIG mix', () => {
  const h100 = gpuOf('h100-80gb');

  it('adds an instance while the mix places', () => {
    const step = addToMix(h100, { '3g.40gb': 1 }, '3g.40gb');
    expect(step).toEqual({ ok: true, devices: { '3g.40gb': 2 } });
  });

  it('refuses two 3g.40gb and one 1g.10gb on an H100 with the geometric reason', () => {
    const step = addToMix(h100, { '3g.40gb': 2 }, '1g.10gb');
    expect(step.ok).toBe(false);
    if (!step.ok) {
      expect(step.reason).toContain('Cannot add 1g.10gb');
      expect(step.reason).toContain('7 of 7 compute slices but does not fit');
    }
  });

  it('refuses a profile the GPU does not have', () => {
    const step = addToMix(h100, {}, '1g.5gb');
    expect(step.ok).toBe(false);
    if (!step.ok) expect(step.reason).toContain('not a MIG profile of the H100');
  });

  it('removes one instance and drops the profile at zero', () => {
    expect(removeFromMix({ '1g.10gb': 2, '3g.40gb': 1 }, '1g.10gb')).toEqual({
      '1g.10gb': 1,
      '3g.40gb': 1,
    });
    expect(removeFromMix({ '1g.10gb': 1 }, '1g.10gb')).toEqual({});
  });

  it('keeps custom names apart from NVIDIA names', () => {
    expect(isNvidiaLayoutName('all-balanced')).toBe(true);
    expect(isNvidiaLayoutName('all-1g.5gb')).toBe(true);
    expect(isNvidiaLayoutName('all-1g.10gb')).toBe(true);
    expect(isNvidiaLayoutName('inference-3g-4x1g')).toBe(false);
  });

  it('names a new mix after its GPU without taking a used name', () => {
    expect(customConfigName(h100, new Set())).toBe('custom-h100-80gb');
    expect(customConfigName(h100, new Set(['custom-h100-80gb']))).toBe('custom-h100-80gb-2');
  });
});
