import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaintWhenIdle } from './afterNextPaint';

describe('derived work after the next paint, when the page is idle', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the paint, then queues at background priority, and can be cancelled', async () => {
    vi.useFakeTimers();
    const priorities: string[] = [];
    vi.stubGlobal('scheduler', {
      postTask: (work: () => void, options: { priority: string; signal: AbortSignal }) => {
        priorities.push(options.priority);
        return new Promise<void>((resolve, reject) =>
          setTimeout(
            () => (options.signal.aborted ? reject(new Error('aborted')) : resolve(work())),
            0,
          ),
        );
      },
    });
    const done: string[] = [];
    afterNextPaintWhenIdle(() => done.push('kept'));
    const cancel = afterNextPaintWhenIdle(() => done.push('cancelled'));
    expect(done).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    cancel();
    await vi.runAllTimersAsync();
    expect(done).toEqual(['kept']);
    expect(priorities).toEqual(['background', 'background']);
  });

  it('takes the next task where the browser has no task scheduler', async () => {
    vi.useFakeTimers();
    const done: string[] = [];
    afterNextPaintWhenIdle(() => done.push('ran'));
    expect(done).toEqual([]);
    await vi.runAllTimersAsync();
    expect(done).toEqual(['ran']);
  });
});
