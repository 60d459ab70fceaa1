import { stdin, stderr, stdout } from 'node:process';
import { runCli } from './runCli';

declare const __CLI_VERSION__: string;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stdin) chunks.push(chunk as Uint8Array);
  return Buffer.concat(chunks);
}

const noColor = (process.env.NO_COLOR ?? '') !== '';

runCli(process.argv.slice(2), {
  stdout: (out) => void stdout.write(out),
  stderr: (err) => void stderr.write(err),
  readStdin,
  color: stdout.isTTY === true && !noColor,
  version: __CLI_VERSION__,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not a finding: say so plainly and exit 2 so CI does not read it as "problems found".
    stderr.write(
      `nodepool-designer: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
