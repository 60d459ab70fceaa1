import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePlatform } from '../../test/support/fakePlatform';
import { useDesignStore } from '../store/designStore';
import { answerConfirm, answerConversionReview, closeDialog } from './dialogs';
import { createRunner } from './run';

const run = createRunner(fakePlatform().platform);

const kinds = () => useDesignStore.getState().dialogs.map((d) => d.kind);

function askToConfirm(onConfirm: () => void) {
  useDesignStore.getState().openDialog({
    kind: 'confirm',
    title: 'Delete “web”?',
    body: 'It cannot be undone.',
    confirmLabel: 'Delete design',
    onConfirm,
  });
}

function reviewConversions() {
  const accept = vi.fn();
  const skip = vi.fn();
  useDesignStore
    .getState()
    .openDialog({ kind: 'conversion-review', conversions: [], accept, skip });
  return { accept, skip };
}

beforeEach(() => {
  useDesignStore.setState({ dialogs: [] });
});

describe('dialogs', () => {
  it('closes only the dialog asked for', () => {
    useDesignStore.getState().openDialog({ kind: 'start' });
    askToConfirm(() => undefined);
    run(closeDialog, { kind: 'confirm' }, 'dialog');
    expect(kinds()).toEqual(['start']);
  });

  it('does what the confirmation asked about, once, and closes it', () => {
    const confirmed = vi.fn();
    useDesignStore.getState().openDialog({ kind: 'start' });
    askToConfirm(confirmed);
    run(answerConfirm, undefined, 'dialog');
    expect(confirmed).toHaveBeenCalledOnce();
    expect(kinds()).toEqual(['start']);
  });

  it('does nothing when no confirmation is open', () => {
    run(answerConfirm, undefined, 'dialog');
    expect(kinds()).toEqual([]);
  });

  it('converts when the review is accepted, and imports without them when it is not', () => {
    const first = reviewConversions();
    run(answerConversionReview, { convert: true }, 'dialog');
    expect(first.accept).toHaveBeenCalledOnce();
    expect(first.skip).not.toHaveBeenCalled();
    const second = reviewConversions();
    run(answerConversionReview, { convert: false }, 'key');
    expect(second.skip).toHaveBeenCalledOnce();
    expect(second.accept).not.toHaveBeenCalled();
  });
});
