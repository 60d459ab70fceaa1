import { describe, expect, it } from 'vitest';
import { designSummary } from './designSummary';
import { exampleDesign } from './example';
import { EMPTY_DESIGN } from './types';

describe('designSummary', () => {
  it('counts each kind in the domain’s words', () => {
    expect(designSummary(exampleDesign())).toBe('4 NodePools · 2 EC2NodeClasses · 1 MIG profile');
  });

  it('calls an empty design empty', () => {
    expect(designSummary(EMPTY_DESIGN)).toBe('Empty');
  });
});
