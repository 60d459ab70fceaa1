import { beforeEach, describe, expect, it } from 'vitest';
import { fakePlatform } from '../../test/support/fakePlatform';
import { exampleDesign } from '../domain/design/example';
import { useDesignStore } from '../store/designStore';
import { closeLearn, openLearn, toggleLearn } from './learn';
import { createRunner } from './run';

const run = createRunner(fakePlatform().platform);

beforeEach(() => {
  useDesignStore.setState({ learn: undefined, dialogs: [] });
});

describe('the learn panel', () => {
  it('opens at the entry a ⓘ asks for', () => {
    run(openLearn, { entry: 'nodepool:weight' }, 'inspector');
    expect(useDesignStore.getState().learn).toBe('nodepool:weight');
  });

  it('moves to the entry a link in it names', () => {
    run(openLearn, { entry: 'nodepool:weight' }, 'inspector');
    run(openLearn, { entry: 'ec2nodeclass:role' }, 'panel');
    expect(useDesignStore.getState().learn).toBe('ec2nodeclass:role');
  });

  it('opens at the mental model when no entry is named, closing the start screen over it', () => {
    useDesignStore.getState().openDialog({ kind: 'start' });
    run(openLearn, {}, 'start-screen');
    expect(useDesignStore.getState().learn).toBe('model:nodepool');
    expect(useDesignStore.getState().dialogs).toEqual([]);
  });

  it('closes', () => {
    run(openLearn, { entry: 'nodepool:weight' }, 'inspector');
    run(closeLearn, undefined, 'key');
    expect(useDesignStore.getState().learn).toBeUndefined();
  });

  it('toggles from the toolbar: open at the model, then closed', () => {
    run(toggleLearn, undefined, 'toolbar');
    expect(useDesignStore.getState().learn).toBe('model:nodepool');
    run(toggleLearn, undefined, 'toolbar');
    expect(useDesignStore.getState().learn).toBeUndefined();
  });

  it('opens in a shared design too: reading is not editing', () => {
    useDesignStore.getState().openShared(exampleDesign());
    run(openLearn, { entry: 'nodepool:weight' }, 'inspector');
    expect(useDesignStore.getState().learn).toBe('nodepool:weight');
    useDesignStore.getState().leaveShared();
  });
});
