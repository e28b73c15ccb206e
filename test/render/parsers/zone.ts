/**
 * Zone files as BIND reads them: `named-checkzone -D` prints every record in canonical
 * form, one per line, which is the zone's set of statements. Test support for the grid.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tool } from "../checkers.ts";

/** What named-checkzone said and, when it loaded the zone, its records. */
export interface CheckedZone {
  readonly status: number | null;
  readonly output: string;
  /** Canonical records, sorted; empty when the zone did not load. */
  readonly records: string[];
}

/** Runs a program without blocking, for checks that run several at once. */
export function runAsync(
  name: string,
  args: readonly string[],
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool(name), args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Checks a zone file with named-checkzone and reads its records back in canonical form. */
export async function checkZoneRecords(origin: string, content: string): Promise<CheckedZone> {
  const dir = mkdtempSync(join(tmpdir(), "carrel-zone-"));
  try {
    const file = join(dir, `${origin}.zone`);
    writeFileSync(file, content);
    const r = await runAsync("named-checkzone", ["-D", "-o", "-", origin, file]);
    const records = r.status === 0 ? r.stdout.split("\n").filter((l) => /\S/.test(l)) : [];
    return { status: r.status, output: r.stdout + r.stderr, records: records.sort() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
