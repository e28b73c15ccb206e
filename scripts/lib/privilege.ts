/**
 * Running a command as root the way each machine allows it: directly when this process
 * is root (a container, the development machine), through `sudo -n` when the user has
 * passwordless sudo (a GitHub-hosted runner), and not at all otherwise. Used by the
 * system set-up, the DHCP lab tests and the workflow rehearsal.
 */
import { spawnSync } from "node:child_process";

/** How this process can run commands as root. */
export type RootAccess = "root" | "sudo" | "none";

let known: RootAccess | undefined;

/** How this process can run commands as root; asks sudo once (`-n`: never a password prompt). */
export function rootAccess(): RootAccess {
  if (known !== undefined) return known;
  if (process.getuid?.() === 0) known = "root";
  else {
    const sudo = spawnSync("sudo", ["-n", "true"], { stdio: "ignore", timeout: 10_000 });
    known = sudo.status === 0 ? "sudo" : "none";
  }
  return known;
}

/** A program and its arguments, ready for `spawn`/`execFile`. */
export interface Invocation {
  readonly file: string;
  readonly args: string[];
}

/**
 * The invocation that runs `command args` as root with `env` added to its environment.
 * sudo resets the environment, so variables travel as `env NAME=value` arguments.
 * Throws when this process has no way to become root: callers check `rootAccess()` first.
 */
export function asRoot(
  command: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Invocation {
  const assignments = Object.entries(env).map(([name, value]) => `${name}=${value}`);
  const access = rootAccess();
  switch (access) {
    case "root":
      return assignments.length === 0
        ? { file: command, args: [...args] }
        : { file: "env", args: [...assignments, command, ...args] };
    case "sudo":
      return { file: "sudo", args: ["-n", "--", "env", ...assignments, command, ...args] };
    case "none":
      throw new Error(
        `running ${command} needs root: run as root or as a user with passwordless sudo`,
      );
    default: {
      const unhandled: never = access;
      throw new Error(`unknown root access ${String(unhandled)}`);
    }
  }
}

/** Plain words for how root commands run here, for logs and skip reasons. */
export function describeRootAccess(access: RootAccess = rootAccess()): string {
  switch (access) {
    case "root":
      return "running as root";
    case "sudo":
      return "running as an unprivileged user, root commands through passwordless sudo";
    case "none":
      return "running as an unprivileged user without passwordless sudo (sudo -n true failed)";
    default: {
      const unhandled: never = access;
      return String(unhandled);
    }
  }
}
