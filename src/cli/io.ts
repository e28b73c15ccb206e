/** Where a command writes, so tests can run commands in-process and read what they print. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether `err` reaches a person at a terminal, who is shown progress on long runs. */
  readonly terminal?: boolean;
}

/** The process's own streams. */
export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  get terminal() {
    return process.stderr.isTTY === true;
  },
};

/** Exit codes, as the spec gives them. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3 } as const;

/** A problem with how a command was called: printed plainly, exit code 2. */
export class UsageError extends Error {}
