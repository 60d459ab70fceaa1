import { beforeEach, describe, expect, it } from 'vitest';
import { designOf, migProfile, nodeClass } from '../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../test/fixtures/nodePoolBuilders';
import { CATALOG } from '../../test/support/instanceCatalog';
import { fakePlatform } from '../../test/support/fakePlatform';
import { newWorkloadManifest, withPodTemplate } from '../domain/kube/workloadManifest';
import type { MigProfileResource } from '../domain/mig/migProfile';
import { planOfDesign } from '../domain/scheduling/plan/designPlan';
import type { Design, WorkloadResource } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';
import { applyPlacementFix } from './applyPlacementFix';
import { createRunner } from './run';

const run = createRunner(fakePlatform().platform);
const MIG = 'nvidia.com/mig-1g.10gb';

function inference(): WorkloadResource {
  const manifest = withPodTemplate(newWorkloadManifest('infer'), {
    metadata: { labels: { app: 'infer' } },
    spec: {
      containers: [{ name: 'main', image: 'vllm', resources: { requests: { [MIG]: '1' } } }],
      tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists' }],
    },
  });
  return { id: 'wl-infer', kind: 'Workload', position: { x: 0, y: 0 }, manifest };
}

function migDesign(strategy: 'mixed' | 'single'): Design {
  const profile: MigProfileResource = {
    ...migProfile('h100'),
    strategy,
    nodeOverlay: false,
    taint: false,
  };
  return designOf(
    nodeClass('default'),
    {
      ...poolWith('h100', [
        requirement('node.kubernetes.io/instance-type', 'In', 'p5.48xlarge'),
        requirement('karpenter.sh/capacity-type', 'In', 'on-demand'),
      ]),
      migProfileId: profile.id,
    },
    profile,
    inference(),
  );
}

function inferencePlan() {
  const plan = planOfDesign(useDesignStore.getState().design, CATALOG).byId.get('wl-infer');
  if (!plan) throw new Error('no plan for the workload');
  return plan;
}

beforeEach(() => {
  useDesignStore.getState().leaveShared();
  useDesignStore.setState({ notices: [], readOnlyNoticeAt: -Infinity });
});

describe('apply-placement-fix', () => {
  it('turns on the NodeOverlay export the MIG refusal names, and the pod lands', () => {
    useDesignStore.setState({ design: migDesign('mixed') });
    const before = inferencePlan();
    expect(before.pending).toBe(1);
    const remedy = before.verdicts.find((v) => v.pool === 'h100')?.refusal?.remedy;
    expect(remedy).toEqual({ kind: 'enable-node-overlay', profileId: 'mig-h100' });
    if (!remedy) return;

    run(applyPlacementFix, remedy, 'inspector');

    const after = inferencePlan();
    expect(after.pending).toBe(0);
    expect(after.pool).toBe('h100');
  });

  it('moves a single-strategy profile to mixed, as the device needs', () => {
    useDesignStore.setState({ design: migDesign('single') });
    const remedy = inferencePlan().verdicts.find((v) => v.pool === 'h100')?.refusal?.remedy;
    expect(remedy).toEqual({ kind: 'use-mixed-strategy', profileId: 'mig-h100' });
    if (!remedy) return;
    run(applyPlacementFix, remedy, 'inspector');
    const profile = useDesignStore.getState().design.resources['mig-h100'];
    expect(profile).toMatchObject({ strategy: 'mixed', nodeOverlay: true });
    expect(inferencePlan().placed).toBe(1);
  });

  it('is one undo step', () => {
    useDesignStore.setState({ design: migDesign('mixed') });
    useDesignStore.temporal.getState().clear();
    run(applyPlacementFix, { kind: 'enable-node-overlay', profileId: 'mig-h100' }, 'inspector');
    expect(useDesignStore.temporal.getState().pastStates).toHaveLength(1);
    useDesignStore.temporal.getState().undo();
    expect(useDesignStore.getState().design.resources['mig-h100']).toMatchObject({
      nodeOverlay: false,
    });
  });

  it('is refused in a shared design', () => {
    useDesignStore.getState().openShared(migDesign('mixed'));
    run(applyPlacementFix, { kind: 'enable-node-overlay', profileId: 'mig-h100' }, 'inspector');
    expect(useDesignStore.getState().design.resources['mig-h100']).toMatchObject({
      nodeOverlay: false,
    });
  });
});
