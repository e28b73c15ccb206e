/**
 * The real checkers, several at a time: each distinct DHCP configuration and zone file the
 * grid produced is checked once, by kea-dhcp4 -t, dhcpd -t, dnsmasq --test or
 * named-checkzone, with a few running at once so the grid stays quick.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAsync } from "../parsers/zone.ts";

/** A file to check, by its name in the output folder. */
export interface CheckJob {
  readonly path: string;
  readonly content: string;
  /** Which grid tries produced it, for the failure message. */
  readonly from: string;
}

function commandFor(path: string, file: string): [string, string[]] {
  const name = path.split("/").pop()!;
  if (name === "kea-dhcp4.conf") return ["kea-dhcp4", ["-t", file]];
  if (name === "dhcpd.conf") return ["dhcpd", ["-4", "-t", "-cf", file]];
  if (name === "dnsmasq.conf") return ["dnsmasq", ["--test", `--conf-file=${file}`]];
  if (name.endsWith(".zone")) return ["named-checkzone", [name.slice(0, -".zone".length), file]];
  throw new Error(`no checker for ${path}`);
}

/** Whether a file has a real checker. */
export function checkable(path: string): boolean {
  return /\/(kea-dhcp4|dhcpd|dnsmasq)\.conf$|\.zone$/.test(path);
}

/** Runs every job, `parallel` at a time; returns the failures as sentences. */
export async function runChecks(jobs: readonly CheckJob[], parallel = 3): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "carrel-grid-"));
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index]!;
      const file = join(dir, `${index}-${job.path.split("/").pop()!}`);
      writeFileSync(file, job.content);
      const [program, args] = commandFor(job.path, file);
      const result = await runAsync(program, args);
      if (result.status !== 0)
        failures.push(
          `${program} refused ${job.path} (${job.from}): ${(result.stdout + result.stderr).trim().split("\n").slice(-3).join(" / ")}`,
        );
    }
  };
  try {
    await Promise.all(Array.from({ length: parallel }, worker));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return failures;
}
