/**
 * Progress on long runs: one line per phase on stderr ("carrel docs: building the pages
 * (2.1 s so far)"), only when stderr is a terminal. Piped or redirected output (CI, cron,
 * a script reading stderr) gets nothing extra.
 */
import type { Io } from "./io.ts";

/** Says that a phase begins; does nothing when the run is not on a terminal. */
export type Phase = (what: string) => void;

/** The phase reporter of one command's run. */
export function progress(io: Io, command: string): Phase {
  if (io.terminal !== true) return () => {};
  const start = performance.now();
  return (what) => {
    const seconds = (performance.now() - start) / 1000;
    io.err(`carrel ${command}: ${what} (${seconds.toFixed(1)} s so far)\n`);
  };
}
