import { describe, expect, it } from 'vitest';
import type { Problem } from '../domain/validation/problem';
import { problemsUnder } from './problemPaths';

const problem = (path: string, message = `${path} is wrong.`, resourceId = 'nc-a'): Problem => ({
  severity: 'error',
  resourceId,
  path,
  message,
  rule: 'test',
});

describe('problems under a path', () => {
  const problems = [
    problem('spec.kubelet'),
    problem('spec.kubelet.maxPods'),
    problem('spec.kubelet.evictionHard[memory.available]'),
    problem('spec.kubeletX'),
    problem('spec.kubelet.maxPods', 'other resource', 'nc-b'),
  ];

  it('holds the path itself, its fields and its entries, of one resource only', () => {
    expect(problemsUnder(problems, 'nc-a', 'spec.kubelet').map((p) => p.path)).toEqual([
      'spec.kubelet',
      'spec.kubelet.maxPods',
      'spec.kubelet.evictionHard[memory.available]',
    ]);
  });

  it('does not hold a sibling whose name merely starts the same', () => {
    expect(problemsUnder(problems, 'nc-a', 'spec.kubelet.max')).toEqual([]);
  });
});
