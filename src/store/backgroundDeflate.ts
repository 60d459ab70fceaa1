import { wrap, type Remote } from 'comlink';
import type { deflateApi } from './deflate.worker';

/** Deflates a stored state off the main thread; rejects when the worker cannot do it. */
export type DeflateInBackground = (stateJson: string) => Promise<string>;

/** Longer than any deflate takes (~60 ms at 1,000 resources): the worker is stuck or gone. */
const GIVE_UP_MS = 5000;

let worker:
  { thread: Worker; remote: Remote<typeof deflateApi>; failed: Promise<never> } | undefined;

function start(): NonNullable<typeof worker> {
  const thread = new Worker(new URL('./deflate.worker.ts', import.meta.url), { type: 'module' });
  const failed = new Promise<never>((_, reject) => {
    thread.addEventListener('error', () => reject(new Error('the deflate worker failed')));
  });
  // Each call races it; one that was never raced must not report an unhandled rejection.
  failed.catch(() => undefined);
  return { thread, remote: wrap<typeof deflateApi>(thread), failed };
}

/**
 * Deflates on a worker what autosave stores: at 1,000 resources encoding and deflating two
 * million characters took ~60 ms of the main thread, a long task that landed between keystrokes
 * (BENCHMARKS.md). The worker starts on the first large write; when it fails the write deflates
 * in place.
 */
export const deflateInWorker: DeflateInBackground = async (stateJson) => {
  const current = (worker ??= start());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // A stuck worker would make every later save wait as long: the next one starts afresh.
      current.thread.terminate();
      if (worker === current) worker = undefined;
      reject(new Error('the deflate worker did not answer'));
    }, GIVE_UP_MS);
  });
  try {
    return await Promise.race([current.remote.deflateStateJson(stateJson), current.failed, late]);
  } finally {
    clearTimeout(timer);
  }
};
