/**
 * One writer at a time for an output folder. The lock is a file beside the folder
 * (`out.carrel-lock`) holding the writer's process id, host and start time. It is made
 * complete under a temporary name and linked into place, and a link fails when the name
 * exists, so exactly one process holds it and its content is never half-written.
 *
 * A second writer waits for it, a bounded time, then gives up with a message. A lock left
 * by a process that no longer runs (killed, or a power cut) is taken over and reported.
 * A lock from another machine (a shared folder) cannot be checked, so it is waited for.
 */
import {
  linkSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from "node:fs";
import { hostname } from "node:os";
import { OutputFolderError } from "./errors.ts";

/** How long a second writer waits for the first, unless CARREL_LOCK_WAIT (seconds) says otherwise. */
export const DEFAULT_LOCK_WAIT_MS = 60_000;

/** Another Carrel is writing the folder, and waiting for it took too long. */
export class OutputBusyError extends OutputFolderError {
  override readonly name = "OutputBusyError";
}

/** Who holds a lock. */
interface Holder {
  readonly pid: number;
  readonly host: string;
  /** When the process started, as the system counts it; tells a reused process id apart. */
  readonly started: string | undefined;
}

/** A held lock: release it when the write is done (or failed). */
export interface OutputLock {
  readonly path: string;
  release(): void;
}

/** How to wait, and where to say what happened. */
export interface LockOptions {
  /** How long to wait for another writer, in milliseconds. */
  readonly waitMs?: number;
  /** Told about waiting and about a stale lock taken over. */
  readonly onNote?: (note: string) => void;
}

/** The start time of a process on Linux (field 22 of /proc/PID/stat), or undefined. */
function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count after its end.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

function isRunning(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ESRCH") return false;
  }
  // The process id is in use; on Linux, make sure it is still the same process.
  const now = startTime(holder.pid);
  return holder.started === undefined || now === undefined || now === holder.started;
}

function readHolder(path: string): Holder | undefined {
  try {
    const data = JSON.parse(readFileSync(path, "utf8")) as Partial<Holder>;
    if (typeof data.pid !== "number" || typeof data.host !== "string") return undefined;
    return { pid: data.pid, host: data.host, started: data.started };
  } catch {
    return undefined;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const code = (err: unknown) => (err as NodeJS.ErrnoException).code;

function waitFromEnvironment(): number {
  const seconds = Number(process.env.CARREL_LOCK_WAIT);
  return process.env.CARREL_LOCK_WAIT && Number.isFinite(seconds) && seconds >= 0
    ? seconds * 1000
    : DEFAULT_LOCK_WAIT_MS;
}

/**
 * Moves a stale lock out of the way, if it is still the one judged stale (same file):
 * another process may have taken it over and locked again in the meantime.
 */
function removeStale(path: string, judged: Stats): boolean {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return false;
  }
  const moved = statSync(aside);
  if (moved.ino === judged.ino && moved.dev === judged.dev) {
    unlinkSync(aside);
    return true;
  }
  // Not the stale lock but a fresh one: put it back where its owner expects it.
  try {
    linkSync(aside, path);
  } finally {
    unlinkSync(aside);
  }
  return false;
}

/** Takes the lock of the output folder `target` (a real path), waiting for another writer. */
export function lockOutput(target: string, shown: string, options: LockOptions = {}): OutputLock {
  const path = `${target}.carrel-lock`;
  const own: Holder = { pid: process.pid, host: hostname(), started: startTime(process.pid) };
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(own)}\n`);
  const waitMs = options.waitMs ?? waitFromEnvironment();
  const deadline = Date.now() + waitMs;
  let announced = false;
  try {
    for (;;) {
      try {
        linkSync(temporary, path);
        return {
          path,
          release() {
            if (readHolder(path)?.pid === process.pid) unlinkSync(path);
          },
        };
      } catch (err) {
        if (code(err) !== "EEXIST") throw err;
      }
      let stats: Stats;
      try {
        stats = statSync(path);
      } catch {
        continue; // released meanwhile: try again at once
      }
      const holder = readHolder(path);
      const local = holder === undefined || holder.host === own.host;
      if (local && (holder === undefined || !isRunning(holder))) {
        if (removeStale(path, stats)) {
          options.onNote?.(
            holder
              ? `took over the lock ${path}, left by Carrel process ${holder.pid}, which is no longer running`
              : `took over the lock ${path}, which held no process id`,
          );
        }
        continue;
      }
      const who = `another Carrel (process ${holder!.pid}${local ? "" : ` on ${holder!.host}`})`;
      if (Date.now() >= deadline) {
        throw new OutputBusyError(
          `${who} is writing ${shown}` +
            (waitMs > 0 ? `; gave up after waiting ${Math.round(waitMs / 1000)} seconds` : "") +
            `. Run again when it has finished; if no Carrel is running, delete ${path}`,
        );
      }
      if (!announced) {
        options.onNote?.(`waiting for ${who} to finish writing ${shown}`);
        announced = true;
      }
      sleep(Math.min(100, Math.max(1, deadline - Date.now())));
    }
  } finally {
    unlinkSync(temporary);
  }
}
