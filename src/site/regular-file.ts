/**
 * Reading a file that must be a regular file of bounded size: a site file, a template,
 * a runbook. Anything else (a folder, a named pipe, a device such as /dev/zero, a socket)
 * is refused before a byte is read, and the size limit is enforced while reading, so a
 * file that grows, or lies about its size, never fills memory.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";

/** Why a file could not be read. */
export type FileProblem =
  | { readonly kind: "missing" }
  | { readonly kind: "denied" }
  | { readonly kind: "not-regular"; readonly what: string }
  | { readonly kind: "too-large"; readonly bytes: number | undefined }
  | { readonly kind: "unreadable"; readonly code: string };

/** The file's bytes, or why not. */
export type FileRead =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly problem: FileProblem };

/** What a file that is not a regular file is, in plain words. */
function kindOf(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

function failure(err: unknown): FileRead {
  const code = (err as NodeJS.ErrnoException).code ?? "EIO";
  if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, problem: { kind: "missing" } };
  if (code === "EACCES" || code === "EPERM") return { ok: false, problem: { kind: "denied" } };
  if (code === "EISDIR") return { ok: false, problem: { kind: "not-regular", what: "a folder" } };
  return { ok: false, problem: { kind: "unreadable", code } };
}

const CHUNK = 1024 * 1024;

/**
 * Reads at most `maxBytes` bytes of a regular file. Never throws. A named pipe is
 * opened without blocking (so no writer is waited for) and refused at once.
 */
export function readRegularFile(path: string, maxBytes: number): FileRead {
  let fd: number;
  try {
    // Looked at before opening, so that opening a device never happens at all.
    const what = kindOf(statSync(path));
    if (what) return { ok: false, problem: { kind: "not-regular", what } };
    // O_NONBLOCK: if the path was swapped for a named pipe since, open does not wait.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return failure(err);
  }
  try {
    const stats = fstatSync(fd);
    const what = kindOf(stats);
    if (what) return { ok: false, problem: { kind: "not-regular", what } };
    if (stats.size > maxBytes)
      return { ok: false, problem: { kind: "too-large", bytes: stats.size } };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      // One byte past the limit is enough to know: stop before holding any more.
      if (total > maxBytes) return { ok: false, problem: { kind: "too-large", bytes: undefined } };
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (err) {
    return failure(err);
  } finally {
    closeSync(fd);
  }
}

/** How big a file is, for a message: `16.0 MiB`. */
function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * A problem in plain words. `noun` names what the file should have been ("site file",
 * "template"), `limit` the size limit as people say it ("16 MiB").
 */
export function describeFileProblem(
  path: string,
  problem: FileProblem,
  noun: string,
  limit: string,
): string {
  switch (problem.kind) {
    case "missing":
      return `cannot find ${path}`;
    case "denied":
      return `cannot read ${path}; check its permissions`;
    case "not-regular":
      return `${path} is ${problem.what}, not a ${noun}; give the path of a regular file`;
    case "too-large":
      return problem.bytes === undefined
        ? `${path} is larger than ${limit}, too large for a ${noun}`
        : `${path} is ${mib(problem.bytes)}, too large for a ${noun} (the limit is ${limit})`;
    case "unreadable":
      return `cannot read ${path} (${problem.code})`;
    default: {
      const never: never = problem;
      return never;
    }
  }
}
