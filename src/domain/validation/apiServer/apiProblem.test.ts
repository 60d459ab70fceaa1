import { describe, expect, it } from 'vitest';
import { problemDetail, problemSentence } from './apiProblem';

describe('an API problem in words', () => {
  const weight = { path: 'spec.weight', message: 'must be at most 100', rule: 'maximum' };
  const whole = {
    path: '',
    message: 'must specify exactly one of role, instanceProfile',
    rule: 'x',
  };

  it('reads as one sentence that starts with the path', () => {
    expect(problemSentence(weight)).toBe('spec.weight must be at most 100.');
  });

  it('reads without the path at the field the path names', () => {
    expect(problemDetail(weight)).toBe('must be at most 100.');
  });

  it('is capitalised when it is about the whole manifest, with or without a path', () => {
    expect(problemSentence(whole)).toBe('Must specify exactly one of role, instanceProfile.');
    expect(problemDetail(whole)).toBe(problemSentence(whole));
  });

  it('keeps a sentence that already ends', () => {
    expect(problemDetail({ ...weight, message: 'is it?' })).toBe('is it?');
  });
});
