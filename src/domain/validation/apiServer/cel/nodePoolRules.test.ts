import { describe, expect, it } from 'vitest';
import { problemSentence } from '../apiProblem';
import { nodePool, poolWith, withField } from '../../../../../test/apiServer/manifestBuilders';
import { validateManifest } from '../validateManifest';

const sentences = (manifest: unknown) => validateManifest(manifest).map(problemSentence);

describe('NodePool rules', () => {
  it('point at the missing half of a budget', () => {
    const budgets = [
      { nodes: '1', schedule: '@daily' },
      { nodes: '2', duration: '1h' },
    ];
    expect(sentences(poolWith({ disruption: { consolidateAfter: '1m', budgets } }))).toEqual([
      'spec.disruption.budgets[0].duration is required with a schedule: say how long the budget lasts, e.g. 8h.',
      'spec.disruption.budgets[1].schedule is required with a duration: say when the budget starts, e.g. "0 9 * * mon-fri" or @daily.',
    ]);
  });

  it('name the limits a static pool may not have', () => {
    expect(
      sentences(poolWith({ replicas: 2, limits: { cpu: '8', memory: '32Gi', nodes: 3 } })),
    ).toEqual([
      'spec.limits may only limit nodes on a static NodePool (replicas is set): remove cpu, memory, or remove replicas.',
    ]);
  });

  it('reject weight on a static pool at the weight', () => {
    expect(validateManifest(poolWith({ replicas: 0, weight: 10 })).map((p) => p.path)).toEqual([
      'spec.weight',
    ]);
  });

  it('ask for the class name when it is empty', () => {
    expect(sentences(withField(nodePool(), 'spec.template.spec.nodeClassRef.name', ''))).toEqual([
      'spec.template.spec.nodeClassRef.name must not be empty: name the EC2NodeClass whose nodes this pool launches.',
    ]);
  });
});
