// What the browser benchmarks share: the production build served by `vite preview` on a port of
// their own (4173 may be taken), and the median they report.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** Serves `outDir` (default dist) and resolves once vite preview listens; kill() it when done. */
export async function startPreview(root, port, outDir) {
  const server = spawn(
    join(root, 'node_modules', '.bin', 'vite'),
    [
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      ...(outDir ? ['--outDir', outDir] : []),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      if (String(chunk).includes(String(port))) resolve();
    });
    server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
  });
  return server;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
