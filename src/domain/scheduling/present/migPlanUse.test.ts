import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import { updateMigProfile, updateWorkload } from '../../design/operations';
import type { Design } from '../../design/types';
import { withReplicas } from '../../kube/workloadManifest';
import { TEMPLATES } from '../../templates/templates';
import { planOfDesign } from '../plan/designPlan';
import { describeMigPlanUse, migPlanUse } from './migPlanUse';

function migTemplate(): Design {
  const template = TEMPLATES.find((t) => t.id === 'mig-inference-with-node-overlay');
  if (!template) throw new Error('no MIG template');
  return template.build();
}

function useOf(design: Design) {
  const profile = design.resources['mig-h100-mixed'];
  if (profile?.kind !== 'MigProfile') throw new Error('no MIG profile');
  return migPlanUse(design, planOfDesign(design, CATALOG).plan, profile);
}

describe('the slices the plan uses of a MIG profile', () => {
  it('counts the busiest node’s slices and what that means per GPU', () => {
    const [use] = useOf(migTemplate());
    expect(use).toMatchObject({
      device: '1g.10gb',
      used: 40,
      offered: 56,
      usedPerGpu: 5,
      perGpu: 7,
    });
    expect(use && describeMigPlanUse(use)).toBe(
      'Used by the plan: 40 of 56 × 1g.10gb on mig-inference-1 (p5.48xlarge), 5 of 7 per GPU.',
    );
  });

  it('takes the fuller node when the pods spill onto a second one', () => {
    const design = updateWorkload(migTemplate(), 'wl-inference', (m) => withReplicas(m, 60));
    expect(useOf(design)).toMatchObject([{ used: 56, offered: 56, usedPerGpu: 7 }]);
  });

  it('says nothing while the pods cannot land (no NodeOverlay)', () => {
    const design = updateMigProfile(migTemplate(), 'mig-h100-mixed', { nodeOverlay: false });
    expect(useOf(design)).toEqual([]);
  });
});
