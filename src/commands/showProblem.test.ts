import { describe, expect, it } from 'vitest';
import { fakePlatform } from '../../test/support/fakePlatform';
import { exampleDesign } from '../domain/design/example';
import { useDesignStore } from '../store/designStore';
import { createRunner } from './run';
import { showProblem } from './showProblem';

describe('a problem clicked', () => {
  it('selects its resource and asks the views to reveal the line it is about', () => {
    useDesignStore.setState({ design: exampleDesign(), selection: [] });
    const [id = ''] = Object.keys(useDesignStore.getState().design.resources);
    const revealed: unknown[] = [];
    const stop = useDesignStore.getState().listen('reveal', (request) => revealed.push(request));
    createRunner(fakePlatform().platform)(
      showProblem,
      { resourceId: id, path: 'spec.limits' },
      'panel',
    );
    stop();
    expect(useDesignStore.getState().selection).toEqual([id]);
    expect(revealed).toEqual([{ resourceId: id, path: 'spec.limits' }]);
  });
});
