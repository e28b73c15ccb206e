/**
 * Which Chromium-based browser the documentation tests drive: the one named by
 * CARREL_BROWSER, else Debian's `chromium` on PATH, else Google Chrome or Chromium found
 * on PATH (GitHub's Ubuntu runners ship both). Ubuntu's own `chromium-browser` is only a
 * stub that installs a snap, and a snap browser cannot read the tests' temporary files,
 * so snap launchers are passed over. Nothing is ever downloaded.
 */
import {
  accessSync,
  constants,
  openSync,
  readSync,
  closeSync,
  realpathSync,
  statSync,
} from "node:fs";
import { delimiter, join } from "node:path";

/** Commands looked up on PATH, in order of preference. */
export const BROWSER_COMMANDS = [
  "chromium",
  "google-chrome",
  "google-chrome-stable",
  "chromium-browser",
] as const;

/** A browser found, and how. */
export interface FoundBrowser {
  readonly path: string;
  /** `CARREL_BROWSER` or `google-chrome on PATH`, for the one-line log. */
  readonly how: string;
}

/** The browser to use, or why there is none (plain words, with what to do). */
export type BrowserChoice =
  | { readonly found: FoundBrowser }
  | { readonly problem: string; readonly passedOver: readonly string[] };

const isExecutableFile = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * True for a launcher that only runs a snap: anything resolving into /snap or to the
 * snap command, or a short script that mentions /snap/ (Ubuntu's chromium-browser).
 */
export function isSnapLauncher(path: string): boolean {
  const real = realpathSync(path);
  if (real.startsWith("/snap/") || real.endsWith("/snap")) return true;
  const fd = openSync(real, "r");
  try {
    const head = Buffer.alloc(4096);
    const length = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, length).toString("latin1");
    return text.startsWith("#!") && /\/snap\/|\bsnap (run|install)\b/.test(text);
  } finally {
    closeSync(fd);
  }
}

/** Every executable named `command` on `path`, in PATH order. */
function onPath(command: string, path: string): string[] {
  return path
    .split(delimiter)
    .filter((dir) => dir !== "")
    .map((dir) => join(dir, command))
    .filter(isExecutableFile);
}

/** Chooses the browser from the environment given (the process's own by default). */
export function chooseBrowser(env: NodeJS.ProcessEnv = process.env): BrowserChoice {
  const named = env.CARREL_BROWSER;
  if (named !== undefined && named !== "") {
    return isExecutableFile(named)
      ? { found: { path: named, how: "CARREL_BROWSER" } }
      : {
          problem: `CARREL_BROWSER is ${named}, which is not an executable file`,
          passedOver: [],
        };
  }
  const passedOver: string[] = [];
  for (const command of BROWSER_COMMANDS) {
    for (const candidate of onPath(command, env.PATH ?? "")) {
      if (isSnapLauncher(candidate)) passedOver.push(`${candidate} (a snap launcher)`);
      else return { found: { path: candidate, how: `${command} on PATH` } };
    }
  }
  return {
    problem:
      "no Chromium-based browser found: install Debian's chromium package or Google Chrome " +
      `(not a snap), or set CARREL_BROWSER to the browser's executable; looked for ` +
      `${BROWSER_COMMANDS.join(", ")} on PATH`,
    passedOver,
  };
}
