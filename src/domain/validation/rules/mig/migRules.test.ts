import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../../design/example';
import { updateEC2NodeClass, updateMigProfile, updateNodePool } from '../../../design/operations';
import type { Design } from '../../../design/types';
import type { NodeSelectorRequirement } from '../../../karpenter/model/types';
import { migProfileFieldsForConfig } from '../../../mig/migLayout';
import type { Problem } from '../../problem';
import { migInstances } from './migInstances';
import { migLayouts } from './migLayouts';
import { migScheduling } from './migScheduling';
import { migUserDataClasses } from './migUserDataClasses';

const RULES = [migLayouts, migInstances, migScheduling, migUserDataClasses];
const PROFILE = 'mig-h100-1g';

function rulesOf(design: Design): string[] {
  return RULES.flatMap((rule) => rule(design)).map((p: Problem) => p.rule);
}

function withBatchRequirements(requirements: NodeSelectorRequirement[]): Design {
  return updateNodePool(exampleDesign(), 'np-batch', (pool) => ({
    ...pool,
    spec: {
      ...pool.spec,
      template: { ...pool.spec.template, spec: { ...pool.spec.template.spec, requirements } },
    },
  }));
}

describe('MIG lints', () => {
  it('find nothing in the example design', () => {
    expect(RULES.flatMap((rule) => rule(exampleDesign()))).toEqual([]);
  });

  it('a profile the GPU does not have, or a mix that does not place', () => {
    const wrong = updateMigProfile(exampleDesign(), PROFILE, { config: 'all-1g.5gb' });
    expect(rulesOf(wrong)).toContain('mig-layout-invalid');
    const unplaceable = updateMigProfile(exampleDesign(), PROFILE, {
      config: 'mix',
      devices: { '3g.40gb': 2, '1g.10gb': 1 },
    });
    const problem = migLayouts(unplaceable)[0];
    expect(problem?.message).toContain('does not fit');
    // The field shows the reason alone: the profile goes without saying there.
    expect(problem?.message.endsWith(`": ${problem.detail}`)).toBe(true);
    expect(problem?.detail).not.toContain('MIG profile');
  });

  it('a custom mix under an NVIDIA name', () => {
    const taken = updateMigProfile(exampleDesign(), PROFILE, {
      config: 'all-1g.10gb',
      devices: { '3g.40gb': 1 },
    });
    expect(rulesOf(taken)).toContain('mig-custom-name-taken');
  });

  it('a pool listing instances without MIG (g5, A10G)', () => {
    const design = withBatchRequirements([
      { key: 'karpenter.k8s.aws/instance-family', operator: 'In', values: ['g5', 'p5'] },
    ]);
    const [problem] = migInstances(design).filter((p) => p.rule === 'mig-not-capable');
    expect(problem?.message).toContain('g5');
    expect(problem?.message).toContain('A10G');
  });

  it('a pool that admits no instance with the profile GPU', () => {
    const design = withBatchRequirements([
      { key: 'karpenter.k8s.aws/instance-family', operator: 'In', values: ['p4d'] },
    ]);
    expect(rulesOf(design)).toContain('mig-no-instances');
  });

  it('a MIG pool without a taint', () => {
    const untainted = updateNodePool(exampleDesign(), 'np-batch', (pool) => {
      const { taints: _taints, ...spec } = pool.spec.template.spec;
      return { ...pool, spec: { ...pool.spec, template: { ...pool.spec.template, spec } } };
    });
    // the layout taint alone keeps other pods off
    expect(rulesOf(untainted)).toEqual([]);
    const design = updateMigProfile(untainted, PROFILE, { taint: false });
    expect(rulesOf(design)).toEqual(['mig-pool-untainted']);
  });

  it('mixed strategy without NodeOverlays', () => {
    const design = updateMigProfile(exampleDesign(), PROFILE, { nodeOverlay: false });
    expect(rulesOf(design)).toEqual(['mig-needs-node-overlay']);
  });

  it('single strategy with more than one profile on the GPU', () => {
    const design = updateMigProfile(exampleDesign(), PROFILE, { strategy: 'single' });
    expect(rulesOf(design)).toContain('mig-single-strategy-mixed-layout');
  });

  it('Bottlerocket with more than one profile type', () => {
    const design = updateEC2NodeClass(exampleDesign(), 'nc-gpu-al2023', (c) => ({
      ...c,
      spec: { ...c.spec, amiSelectorTerms: [{ alias: 'bottlerocket@latest' }] },
    }));
    const [problem] = migInstances(design).filter((p) => p.rule === 'mig-bottlerocket');
    expect(problem?.message).toContain('one profile per GPU');
  });

  it('the p6e-gb200 caveat', () => {
    const design = withBatchRequirements([]);
    const gb200 = updateMigProfile(design, PROFILE, { gpu: 'gb200-186gb', config: 'all-balanced' });
    const [problem] = migInstances(gb200).filter((p) => p.rule === 'mig-gpu-caveat');
    expect(problem?.message).toContain('CDMM');
    expect(problem?.detail).toContain('CDMM');
    expect(problem?.detail).not.toContain('MIG profile');
  });

  it('userData MIG on a class other pools share', () => {
    const design = updateMigProfile(exampleDesign(), PROFILE, { applyWith: 'user-data' });
    expect(rulesOf(design)).toContain('mig-user-data-shared-class');
  });

  it('single and mixed strategies in one cluster', () => {
    const base = exampleDesign();
    const spot = base.resources['np-gpu-spot'];
    if (spot?.kind !== 'NodePool') throw new Error('no pool');
    const design: Design = {
      ...base,
      resources: {
        ...base.resources,
        'mig-small': {
          id: 'mig-small',
          kind: 'MigProfile',
          position: { x: 0, y: 0 },
          name: 'small',
          ...migProfileFieldsForConfig('all-1g.10gb', 'h100-80gb'),
        },
        'np-gpu-spot': { ...spot, migProfileId: 'mig-small' },
      },
    };
    const [problem] = migScheduling(design).filter((p) => p.rule === 'mig-strategies-differ');
    expect(problem?.resourceId).toBe('mig-small');
  });
});
