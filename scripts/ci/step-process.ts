/**
 * Running a step's script the way a runner does: the shell command for its `shell:`,
 * its own process group (a timeout or Ctrl-C stops everything it started), and the
 * processor time the steps used, for the rehearsal's figures.
 */
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";

/** The shell command GitHub runs a script file with, for a step's `shell:`. */
export function shellCommand(shell: string | undefined, script: string): string[] {
  switch (shell ?? "") {
    case "":
      return ["bash", "-e", script];
    case "bash":
      return ["bash", "--noprofile", "--norc", "-eo", "pipefail", script];
    case "sh":
      return ["sh", "-e", script];
    case "python":
      return ["python3", script];
    default:
      if (!shell!.includes("{0}")) throw new Error(`shell "${shell}" has no {0} for the script`);
      return shell!
        .trim()
        .split(/\s+/)
        .map((part) => part.replace("{0}", script));
  }
}

/** Runs one command, output straight to the terminal; resolves with its exit status. */
export function execute(
  file: string,
  args: string[],
  cwd: string,
  timeoutMinutes: number | undefined,
  output: "inherit" | "ignore",
  log: (line: string) => void,
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      cwd,
      stdio: ["ignore", output, output],
      detached: true,
    });
    const timer =
      timeoutMinutes === undefined
        ? undefined
        : setTimeout(() => {
            log(`   (the step ran past its timeout-minutes: ${timeoutMinutes}; stopping it)`);
            process.kill(-child.pid!, "SIGKILL");
          }, timeoutMinutes * 60_000);
    // Ctrl-C stops the step's whole process group (it has its own), then the rehearsal.
    const interrupted = () => {
      process.kill(-child.pid!, "SIGTERM");
      child.once("exit", () => process.exit(130));
    };
    process.once("SIGINT", interrupted);
    process.once("SIGTERM", interrupted);
    child.on("error", () => resolve(127));
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      process.off("SIGINT", interrupted);
      process.off("SIGTERM", interrupted);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

let ticks: number | undefined;

/**
 * Processor seconds used so far by this process's finished children, where Linux's /proc
 * says (NaN elsewhere: the figure is printed, never compared).
 */
export function childrenCpuSeconds(): number {
  try {
    ticks ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    // Fields after the command name: state is field 3; cutime and cstime are fields 16 and 17.
    const fields = readFileSync("/proc/self/stat", "utf8")
      .replace(/^.*\) /s, "")
      .split(" ");
    return (Number(fields[13]) + Number(fields[14])) / ticks;
  } catch {
    return Number.NaN;
  }
}
