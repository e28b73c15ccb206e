/**
 * Running the real DHCP and DNS software on rendered files. A missing program fails
 * the test with the package to install (the same name on Debian and Ubuntu): these
 * checks must never be skipped.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGES } from "../../scripts/lib/distribution.ts";

/** The full path of a program, or an error naming the package that provides it. */
export function tool(name: string): string {
  for (const dir of (process.env.PATH ?? "").split(":").concat(["/usr/sbin", "/sbin"])) {
    const path = join(dir, name);
    if (dir && existsSync(path)) return path;
  }
  throw new Error(
    `${name} is not installed; install the package ${PACKAGES[name]?.debian ?? name} ` +
      "(node scripts/setup-system.mjs does it)",
  );
}

/** What a checker said. */
export interface CheckResult {
  readonly status: number | null;
  readonly output: string;
}

/** Runs a program with a time limit and returns its exit status and all it printed. */
export function run(name: string, args: readonly string[], cwd?: string): CheckResult {
  const result = spawnSync(tool(name), args, { encoding: "utf8", timeout: 20_000, cwd });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Writes `content` to a file in a fresh temporary folder, runs `check(file)`, cleans up. */
export function withTempFile<T>(name: string, content: string, check: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "carrel-check-"));
  try {
    const file = join(dir, name);
    writeFileSync(file, content);
    return check(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The checker's verdict on one rendered DHCP configuration, by its file name. */
export function checkDhcpConfig(fileName: string, content: string): CheckResult {
  return withTempFile(fileName, content, (file) => {
    switch (fileName) {
      case "kea-dhcp4.conf":
        return run("kea-dhcp4", ["-t", file]);
      case "dhcpd.conf":
        return run("dhcpd", ["-4", "-t", "-cf", file]);
      case "dnsmasq.conf":
        return run("dnsmasq", ["--test", `--conf-file=${file}`]);
      default:
        throw new Error(`no checker for ${fileName}`);
    }
  });
}

/** named-checkzone's verdict on one zone file. */
export function checkZone(zone: string, content: string): CheckResult {
  return withTempFile(`${zone}.zone`, content, (file) => run("named-checkzone", [zone, file]));
}
