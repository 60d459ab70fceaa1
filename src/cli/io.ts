/** What a command needs of the process, passed in so the dispatcher reads as plain logic. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  /** Colour only on a terminal, and never with NO_COLOR set (no-color.org). */
  color: boolean;
  version: string;
}

/** Exit codes: 0 clean, 1 findings, 2 bad usage or unreadable input. */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
