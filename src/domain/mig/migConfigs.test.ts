import { describe, expect, it } from 'vitest';
import { nameProblem } from '../karpenter/model/names';
import { migConfigProblem, profileNameForConfig } from './migConfigs';

describe('profileNameForConfig', () => {
  it('turns a config label into a valid object name', () => {
    expect(profileNameForConfig('all-1g.10gb')).toBe('all-1g-10gb');
    expect(profileNameForConfig('All_Balanced')).toBe('all-balanced');
    expect(nameProblem(profileNameForConfig('-custom.layout-'))).toBeUndefined();
  });

  it('falls back to a fixed name when nothing usable is left', () => {
    expect(profileNameForConfig('...')).toBe('mig-profile');
  });
});

describe('migConfigProblem', () => {
  it('accepts the GPU Operator names and refuses what is not a label value', () => {
    expect(migConfigProblem('all-1g.10gb')).toBeUndefined();
    expect(migConfigProblem('')).toBeDefined();
    expect(migConfigProblem('two words')).toBeDefined();
    expect(migConfigProblem('x'.repeat(64))).toBeDefined();
  });
});
