import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Builds the CLI bundle with the project's own config into a fresh temporary folder, so test
 * files running side by side never build over each other's binary. Returns its path.
 */
export async function buildCli(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'nodepool-cli-'));
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.cli.ts'),
    logLevel: 'error',
    build: { outDir },
  });
  return join(outDir, 'nodepool-designer.mjs');
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user would, in `cwd`, with `input` on its standard input. */
export function runCli(
  binary: string,
  args: readonly string[],
  options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {},
): Run {
  const result = spawnSync(process.execPath, [binary, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
