import { beforeEach, describe, expect, it } from 'vitest';
import { fakePlatform } from '../../test/support/fakePlatform';
import { exampleDesign } from '../domain/design/example';
import type { NodePool } from '../domain/karpenter/model/types';
import { useDesignStore } from '../store/designStore';
import { editNodePoolCommand, renameResourceCommand } from './resourceEdits';
import { createRunner } from './run';

const run = createRunner(fakePlatform().platform);

function firstPool(): string {
  const pool = Object.values(useDesignStore.getState().design.resources).find(
    (r) => r.kind === 'NodePool',
  );
  return pool?.id ?? '';
}

const weighted = (weight: number) => ({
  id: firstPool(),
  update: (pool: NodePool): NodePool => ({ ...pool, spec: { ...pool.spec, weight } }),
});

beforeEach(() => {
  useDesignStore.getState().leaveShared();
  useDesignStore.setState({ design: exampleDesign(), notices: [], readOnlyNoticeAt: -Infinity });
});

describe('the inspector’s edits', () => {
  it('edit the pool they name', () => {
    run(editNodePoolCommand, weighted(42), 'inspector');
    const pool = useDesignStore.getState().design.resources[firstPool()];
    expect(pool?.kind === 'NodePool' && pool.manifest.spec.weight).toBe(42);
  });

  it('are refused in a shared design, which says so once however many keys are typed', () => {
    useDesignStore.getState().openShared(exampleDesign());
    const shown = useDesignStore.getState().design;
    run(editNodePoolCommand, weighted(7), 'inspector');
    run(editNodePoolCommand, weighted(70), 'inspector');
    run(renameResourceCommand, { id: firstPool(), name: 'mine' }, 'inspector');
    expect(useDesignStore.getState().design).toBe(shown);
    const said = useDesignStore.getState().notices.filter((n) => /read-only/.test(n.text));
    expect(said).toHaveLength(1);
  });
});
