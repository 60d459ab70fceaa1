import { beforeEach, describe, expect, it } from 'vitest';
import { fakePlatform } from '../../test/support/fakePlatform';
import { exampleDesign } from '../domain/design/example';
import { useDesignStore } from '../store/designStore';
import { selectYaml } from '../store/yamlSelectors';
import { addResource } from './addResource';
import { deleteSelection } from './deleteSelection';
import { exportCopy } from './exportYaml';
import { createRunner } from './run';

const { platform, record } = fakePlatform();
const run = createRunner(platform);

beforeEach(() => {
  useDesignStore.setState({ design: exampleDesign(), viewing: undefined, selection: [] });
  record.copied.length = 0;
});

describe('runCommand', () => {
  it('copies exactly the YAML the panel shows', async () => {
    await run(exportCopy, undefined, 'toolbar');
    expect(record.copied).toEqual([selectYaml(useDesignStore.getState()).text]);
  });

  it('deletes the selection', () => {
    const [id] = Object.keys(useDesignStore.getState().design.resources);
    useDesignStore.getState().select([id ?? '']);
    run(deleteSelection, undefined, 'key');
    expect(Object.hasOwn(useDesignStore.getState().design.resources, id ?? '')).toBe(false);
  });

  it('refuses an editing command in a shared design, and says why', () => {
    useDesignStore.getState().openShared(exampleDesign());
    const before = useDesignStore.getState().design;
    const added = run(addResource, { kind: 'NodePool', position: { x: 0, y: 0 } }, 'palette');
    expect(added).toBeUndefined();
    expect(useDesignStore.getState().design).toBe(before);
    expect(useDesignStore.getState().notices.at(-1)?.text).toMatch(/read-only/);
    useDesignStore.getState().leaveShared();
  });
});
