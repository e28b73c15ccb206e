import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  OUTPUT_MARKER,
  OutputBusyError,
  OutputFolderError,
  writeFiles,
} from "../../src/output/index.ts";

const scratch = () => mkdtempSync(join(tmpdir(), "carrel-write-"));

/** The process id of a process that has exited (so no process has it, for a while). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(child.stdout);
}

describe("writeFiles", () => {
  it("writes the files and its marker, then replaces the folder it made", () => {
    const out = join(scratch(), "out");
    writeFiles(out, [
      { path: "a/one.txt", content: "1\n" },
      { path: "two.txt", content: "2\n" },
    ]);
    expect(readFileSync(join(out, "a/one.txt"), "utf8")).toBe("1\n");
    expect(existsSync(join(out, OUTPUT_MARKER))).toBe(true);
    // when written again with fewer files, the folder holds exactly the new set
    const report = writeFiles(out, [{ path: "two.txt", content: "2\n" }]);
    expect(report).toEqual({ written: 0, unchanged: 1, removed: 1, notes: [] });
    expect(existsSync(join(out, "a/one.txt"))).toBe(false);
  });

  it("refuses a folder holding files it did not write, and leaves them alone", () => {
    const out = scratch();
    writeFileSync(join(out, "notes.txt"), "mine\n");
    expect(() => writeFiles(out, [{ path: "x.txt", content: "x" }])).toThrow(OutputFolderError);
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("mine\n");
    expect(existsSync(join(out, "x.txt"))).toBe(false);
  });

  it("refuses a folder that holds a protected path, even an empty-looking new one", () => {
    const project = scratch();
    mkdirSync(join(project, "sub"));
    writeFileSync(join(project, "sub", "site.yaml"), "version: 1\n");
    expect(() => writeFiles(project, [], [join(project, "sub", "site.yaml")])).toThrow(
      /holds .*site\.yaml; choose a folder of its own/,
    );
    expect(existsSync(join(project, "sub", "site.yaml"))).toBe(true);
  });
});

describe("unchanged files are not rewritten", () => {
  const first = [
    { path: "dhcp/kea.conf", content: "kea\n" },
    { path: "dns/zone", content: "zone 1\n" },
  ];

  it("keeps an unchanged file's inode and modification time when another file changes", () => {
    // given an output whose files were written a while ago
    const out = join(scratch(), "out");
    writeFiles(out, first);
    const old = new Date("2026-01-02T03:04:05Z");
    utimesSync(join(out, "dhcp/kea.conf"), old, old);
    const before = statSync(join(out, "dhcp/kea.conf"));
    const zoneBefore = statSync(join(out, "dns/zone"));
    // when the zone changes
    const report = writeFiles(out, [first[0]!, { path: "dns/zone", content: "zone 2\n" }]);
    // then the unchanged file is the very same file, and only the zone is new
    expect(report).toMatchObject({ written: 1, unchanged: 1, removed: 0 });
    const after = statSync(join(out, "dhcp/kea.conf"));
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.nlink).toBe(1);
    expect(statSync(join(out, "dns/zone")).ino).not.toBe(zoneBefore.ino);
    expect(readFileSync(join(out, "dns/zone"), "utf8")).toBe("zone 2\n");
  });

  it("touches nothing at all when nothing changed, not even the folder", () => {
    const out = join(scratch(), "out");
    writeFiles(out, first);
    const folder = statSync(out);
    const file = statSync(join(out, "dns/zone"));
    expect(writeFiles(out, first)).toEqual({ written: 0, unchanged: 2, removed: 0, notes: [] });
    expect(statSync(out).ino).toBe(folder.ino);
    expect(statSync(join(out, "dns/zone")).ctimeMs).toBe(file.ctimeMs);
  });
});

describe("the output folder's lock", () => {
  it("takes over a lock left by a process that no longer runs, and says so", () => {
    // given a lock of this machine whose process has exited
    const out = join(scratch(), "out");
    const pid = deadPid();
    const lock = `${out}.carrel-lock`;
    writeFileSync(lock, `${JSON.stringify({ pid, host: hostname() })}\n`);
    // when writing, without waiting
    const report = writeFiles(out, [{ path: "a", content: "a\n" }], [], { waitMs: 0 });
    expect(report.notes).toEqual([
      `took over the lock ${lock}, left by Carrel process ${pid}, which is no longer running`,
    ]);
    expect(existsSync(lock)).toBe(false);
    expect(readFileSync(join(out, "a"), "utf8")).toBe("a\n");
  });

  it("gives up on a lock held by a running process, with what to do", () => {
    // given a lock held by this very process (alive, so not stale)
    const out = join(scratch(), "out");
    const lock = `${out}.carrel-lock`;
    writeFileSync(lock, `${JSON.stringify({ pid: process.pid, host: hostname() })}\n`);
    // when another write does not wait
    const write = () => writeFiles(out, [{ path: "a", content: "a\n" }], [], { waitMs: 0 });
    // then it stops with a plain message and writes nothing
    expect(write).toThrow(OutputBusyError);
    expect(write).toThrow(
      `another Carrel (process ${process.pid}) is writing ${out}. Run again when it has finished; if no Carrel is running, delete ${lock}`,
    );
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(lock, "utf8")).toContain(String(process.pid));
  });
});

describe("leftovers of an interrupted run", () => {
  it("removes a staging folder a killed run left, and reports it", () => {
    const out = join(scratch(), "out");
    writeFiles(out, [{ path: "a", content: "a\n" }]);
    const staging = `${out}.carrel-new-${deadPid()}`;
    mkdirSync(join(staging, "dns"), { recursive: true });
    writeFileSync(join(staging, "dns", "half"), "half a zo");
    const report = writeFiles(out, [{ path: "a", content: "a\n" }]);
    expect(report.notes).toEqual([`removed ${staging}, left by an interrupted run`]);
    expect(existsSync(staging)).toBe(false);
  });

  it("puts back the previous output a run killed mid-swap had moved aside", () => {
    const parent = scratch();
    const aside = join(parent, `out.carrel-old-${deadPid()}`);
    mkdirSync(aside);
    writeFileSync(join(aside, OUTPUT_MARKER), "");
    writeFileSync(join(aside, "a"), "a\n");
    const out = join(parent, "out");
    const report = writeFiles(out, [{ path: "a", content: "a\n" }]);
    expect(report).toMatchObject({ written: 0, unchanged: 1 });
    expect(report.notes).toEqual([
      `put back the previous output from ${aside}, moved aside by an interrupted run`,
    ]);
    expect(existsSync(aside)).toBe(false);
    expect(readFileSync(join(out, "a"), "utf8")).toBe("a\n");
    expect(readFileSync(join(out, OUTPUT_MARKER), "utf8")).toContain("generated by Carrel");
  });
});
