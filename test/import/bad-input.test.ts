/**
 * Inputs carrel import cannot use: each failure names the file and the line, the exit code is
 * 2, and nothing is written, even when other inputs are fine.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { carrel } from "../helpers/cli.ts";
import { fixturePath, LEGACY_ESTATE } from "./fixtures.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "carrel-import-bad-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("carrel import refuses what it cannot use", () => {
  it.each([
    [
      "bad/truncated-core.cfg",
      "truncated-core.cfg:152  the file ends inside the 'vlan 20' block that starts at line 150: it looks cut off; copy the whole output of 'show running-config' again",
    ],
    [
      "bad/cisco-ios.cfg",
      "cisco-ios.cfg:1  this is a Cisco IOS configuration ('Building configuration...'); carrel import reads ArubaOS-Switch (ProCurve) running-configs only; describe this device in site.yaml by hand",
    ],
    [
      "bad/junos.conf",
      "junos.conf:1  this is a Juniper Junos configuration ('## Last commit: 2024-03-11 14:02:55 CDT by netadmin'); carrel import reads ArubaOS-Switch (ProCurve) running-configs only; describe this device in site.yaml by hand",
    ],
    [
      "bad/include.zone",
      "include.zone:6  $INCLUDE reads records from '/var/named/lakeside-printers.db', which Carrel cannot see: paste those records into this file and import again",
    ],
    [
      "bad/windows-german.xml",
      "windows-german.xml:13  <Bereiche> is not an element of the Export-DhcpServer format Carrel knows; was the file translated, or written by another tool or version?",
    ],
    [
      "bad/windows-version-11.xml",
      "windows-version-11.xml:3  the export's schema version is 11; Carrel reads versions 6 and 10 (Windows Server 2012 to 2025)",
    ],
  ])("%s: names the file and line, writes nothing", async (relative, message) => {
    const out = join(dir, "site.yaml");
    const run = await carrel(
      "import",
      ...LEGACY_ESTATE.map(fixturePath),
      fixturePath(relative),
      "--out",
      out,
    );
    expect(run.code).toBe(2);
    expect(run.err).toBe(`${message}\ncarrel import: nothing was written (1 problem)\n`);
    expect(existsSync(out)).toBe(false);
  });

  it("lists every problem at once", async () => {
    const run = await carrel(
      "import",
      fixturePath("bad/cisco-ios.cfg"),
      fixturePath("bad/include.zone"),
      "--out",
      join(dir, "site.yaml"),
    );
    expect(run.err.split("\n").filter((l) => /^\S+:\d+ {2}/.test(l))).toHaveLength(2);
    expect(run.err).toContain("nothing was written (2 problems)");
  });

  it("says plainly when a file is missing, binary or in no known format", async () => {
    const binary = join(dir, "firmware.swi");
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]));
    const notes = join(dir, "notes.txt");
    writeFileSync(notes, "Remember to ask Pat about the switch in the basement.\n");
    const run = await carrel(
      "import",
      join(dir, "missing.cfg"),
      binary,
      notes,
      "--out",
      join(dir, "site.yaml"),
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain("missing.cfg  does not exist");
    expect(run.err).toContain("firmware.swi  is a binary file, not text");
    expect(run.err).toContain(
      "notes.txt:1  is not a format carrel import reads (ArubaOS-Switch running-config, DHCP server configuration, DNS zone file, PowerCLI export (Get-VM | ConvertTo-Json), Microsoft Graph groups export, Azure resource list (az resource list))",
    );
  });

  it("refuses a named pipe and a device without waiting on one or filling memory from the other", async () => {
    const fifo = join(dir, "running.cfg");
    execFileSync("mkfifo", [fifo]);
    const run = await carrel("import", fifo, "/dev/zero", "--out", join(dir, "site.yaml"));
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      "running.cfg  is a named pipe (FIFO), not a configuration export; give the path of a regular file",
    );
    expect(run.err).toContain(
      "zero  is a device, not a configuration export; give the path of a regular file",
    );
    expect(existsSync(join(dir, "site.yaml"))).toBe(false);
  });

  it("leaves an existing draft alone when the import fails", async () => {
    const out = join(dir, "site.yaml");
    writeFileSync(out, "# my edits\n");
    const run = await carrel("import", fixturePath("bad/junos.conf"), "--out", out, "--force");
    expect(run.code).toBe(2);
    expect(existsSync(out) && (await import("node:fs")).readFileSync(out, "utf8")).toBe(
      "# my edits\n",
    );
  });
});
