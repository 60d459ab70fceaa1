import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { InputFile } from '../inputFile';
import { readFile, type FileRead } from './fileRead';

/** Below this much text a worker costs more to start (~50 ms) than it saves. */
const WORKER_WORTH = 128 * 1024;
/** The worker's file beside the CLI's chunks (vite.config.cli.ts names it). */
const WORKER_FILE = './nodepool-designer-read-worker.mjs';

/** How many worker threads: `NODEPOOL_DESIGNER_THREADS` (1 reads on the main thread alone), else a core each. */
function workerCount(bytes: number, env: NodeJS.ProcessEnv): number {
  const asked = Number.parseInt(env.NODEPOOL_DESIGNER_THREADS ?? '', 10);
  const threads = Number.isInteger(asked) && asked > 0 ? asked : availableParallelism();
  if (threads < 2 || bytes < WORKER_WORTH) return 0;
  return Math.min(threads - 1, 3);
}

function started(
  files: readonly InputFile[],
  counter: SharedArrayBuffer,
): Promise<[number, FileRead][]> {
  return new Promise((resolve) => {
    // A worker that fails leaves its files unread; the main thread reads them after.
    try {
      const worker = new Worker(new URL(WORKER_FILE, import.meta.url), {
        workerData: { files, counter },
      });
      worker.once('message', (done: [number, FileRead][]) => resolve(done));
      worker.once('error', () => resolve([]));
      worker.once('exit', () => resolve([]));
    } catch {
      resolve([]);
    }
  });
}

/**
 * Every file read, in order. YAML parsing is most of `check`'s time, and files are read apart
 * from each other, so large inputs are read by the main thread and a worker per spare core
 * together, each taking the next unread file from a shared counter.
 */
export async function readInParallel(
  files: readonly InputFile[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<FileRead[]> {
  const bytes = files.reduce((sum, f) => sum + f.text.length, 0);
  const workers = workerCount(bytes, env);
  if (workers === 0) return files.map(readFile);
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const pending = Array.from({ length: workers }, () => started(files, counter));
  const reads: (FileRead | undefined)[] = new Array<FileRead | undefined>(files.length);
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
    reads[i] = readFile(files[i]!);
  }
  for (const done of await Promise.all(pending)) for (const [i, read] of done) reads[i] = read;
  return files.map((file, i) => reads[i] ?? readFile(file));
}
