import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePlatform } from '../../test/support/fakePlatform';
import { useDesignStore } from '../store/designStore';
import { answerNotice, dismissNotice } from './notices';
import { createRunner } from './run';

const run = createRunner(fakePlatform().platform);

const texts = () => useDesignStore.getState().notices.map((n) => n.text);

beforeEach(() => {
  useDesignStore.setState({ notices: [] });
});

describe('notices', () => {
  it('dismisses the one notice whose × was pressed', () => {
    const { notify } = useDesignStore.getState();
    notify({ tone: 'info', text: 'Copied the YAML.' });
    notify({ tone: 'error', text: 'Storage is full.' });
    const [first] = useDesignStore.getState().notices;
    run(dismissNotice, { id: first?.id ?? 0 }, 'notice');
    expect(texts()).toEqual(['Storage is full.']);
  });

  it('runs the action a notice offers, and the notice goes', () => {
    const save = vi.fn();
    const action = { label: 'Save project file', run: save };
    useDesignStore.getState().notify({ tone: 'error', text: 'Not saved.', actions: [action] });
    const [notice] = useDesignStore.getState().notices;
    run(answerNotice, { id: notice?.id ?? 0, action }, 'notice');
    expect(save).toHaveBeenCalledOnce();
    expect(texts()).toEqual([]);
  });
});
