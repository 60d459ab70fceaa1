import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf, nodePool } from '../../../../test/fixtures/fixtures';
import { withLimits } from '../../karpenter/edits/nodePoolFieldEdits';
import { limitKeySyntax } from './limitKeySyntax';

describe('limitKeySyntax', () => {
  it('is silent on the example design', () => {
    expect(limitKeySyntax(exampleDesign())).toEqual([]);
  });

  it('warns at a limit key that names no resource, and not at its quantity', () => {
    const base = nodePool('web');
    const limits = { cpu: 'lots', 'nvidia.com/gpu': 8, 'a b': 1 };
    const pool = { ...base, manifest: withLimits(base.manifest, limits) };
    const problems = limitKeySyntax(designOf(pool));
    expect(problems.map((p) => [p.path, p.severity, p.rule])).toEqual([
      ['spec.limits[a b]', 'warning', 'limit-key-syntax'],
    ]);
    expect(problems[0]?.detail).toMatch(/limits nothing/);
  });
});
