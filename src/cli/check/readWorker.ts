import { parentPort, workerData } from 'node:worker_threads';
import type { InputFile } from '../inputFile';
import { readFile, type FileRead } from './fileRead';

/**
 * A worker thread of `readInParallel`: it takes the next unread file from the shared counter
 * until none is left, and hands back what it read, by index.
 */
const { files, counter } = workerData as { files: InputFile[]; counter: SharedArrayBuffer };
const next = new Int32Array(counter);
const done: [number, FileRead][] = [];
for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
  done.push([i, readFile(files[i]!)]);
}
parentPort?.postMessage(done);
