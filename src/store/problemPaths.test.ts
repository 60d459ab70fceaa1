import { describe, expect, it } from 'vitest';
import type { Problem } from '../domain/validation/problem';
import { fieldMessage, problemsUnder } from './problemPaths';

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

describe('field messages', () => {
  it('drops the resource and the path the field already shows', () => {
    expect(
      fieldMessage(
        problem(
          'spec.kubelet.maxPods',
          'EC2NodeClass "gpu": spec.kubelet.maxPods must be at least 0.',
        ),
      ),
    ).toBe('must be at least 0.');
  });

  it('drops a MIG profile’s two-word kind and name too', () => {
    expect(
      fieldMessage(
        problem('config', 'MIG profile "h100-mix": all-1g.10gb is one of NVIDIA’s layout names.'),
      ),
    ).toBe('all-1g.10gb is one of NVIDIA’s layout names.');
  });

  it('keeps a message that does not start with the path', () => {
    expect(fieldMessage(problem('spec', 'must specify exactly one of role, instanceProfile'))).toBe(
      'must specify exactly one of role, instanceProfile',
    );
  });
});
