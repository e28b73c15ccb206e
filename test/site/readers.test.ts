/**
 * Readers refuse what is not a site file (a named pipe, a device, a folder) without
 * waiting or filling memory, keep the size limit while reading, and turn a file nested
 * thousands of levels deep into one plain message.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readRegularFile, readSiteFile } from "../../src/site/index.ts";
import { carrel } from "../helpers/cli.ts";
import { check, found } from "../helpers/site.ts";

const CARREL = fileURLToPath(new URL("../../bin/carrel.mjs", import.meta.url));
const BRANCH = fileURLToPath(new URL("../fixtures/sites/branch/site.yaml", import.meta.url));
const scratch = () => mkdtempSync(join(tmpdir(), "carrel-readers-"));

function fifo(dir: string, name: string): string {
  const path = join(dir, name);
  execFileSync("mkfifo", [path]);
  return path;
}

describe("reading files that are not site files", () => {
  it("refuses a named pipe at once, without waiting for a writer", () => {
    const pipe = fifo(scratch(), "site.yaml");
    expect(readSiteFile(pipe)).toEqual({
      ok: false,
      message: `${pipe} is a named pipe (FIFO), not a site file; give the path of a regular file`,
    });
  });

  it("refuses a named pipe through the real command, with exit code 2", () => {
    // A reader that blocked on the pipe would hit the timeout instead of exiting.
    const pipe = fifo(scratch(), "site.yaml");
    const run = spawnSync(process.execPath, [CARREL, "validate", pipe], {
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `carrel: ${pipe} is a named pipe (FIFO), not a site file; give the path of a regular file\n`,
    );
  });

  it("refuses a device such as /dev/zero before reading a byte of it", async () => {
    const run = await carrel("validate", "/dev/zero");
    expect(run).toEqual({
      code: 2,
      out: "",
      err: "carrel: /dev/zero is a device, not a site file; give the path of a regular file\n",
    });
    expect((await carrel("render", "/dev/null", "--out", join(scratch(), "out"))).code).toBe(2);
  });

  it("refuses a folder given as the site file", async () => {
    const dir = scratch();
    const run = await carrel("validate", dir);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `carrel: ${dir} is a folder, not a site file; give the path of a regular file\n`,
    );
  });

  it("keeps the size limit while reading, also when the file's size says nothing", () => {
    // given a file bigger than the limit the caller sets
    const file = join(scratch(), "big.yaml");
    writeFileSync(file, "x".repeat(5000));
    expect(readRegularFile(file, 4096)).toEqual({
      ok: false,
      problem: { kind: "too-large", bytes: 5000 },
    });
    expect(readRegularFile(file, 5000)).toMatchObject({ ok: true });
  });

  it.runIf(process.platform === "linux")(
    "stops reading a file whose size is reported as 0 at the limit (Linux /proc)",
    () => {
      // /proc files report size 0 whatever they hold: only counting while reading catches them.
      expect(readRegularFile("/proc/self/maps", 64)).toEqual({
        ok: false,
        problem: { kind: "too-large", bytes: undefined },
      });
    },
  );

  it("refuses a template that is a named pipe, with exit code 2", async () => {
    // given a template folder whose Kea template is a named pipe
    const dir = scratch();
    mkdirSync(join(dir, "templates", "dhcp"), { recursive: true });
    const pipe = fifo(join(dir, "templates", "dhcp"), "dnsmasq.conf.hbs");
    // when rendering with it
    const run = await carrel(
      "render",
      BRANCH,
      "--out",
      join(dir, "out"),
      "--templates",
      join(dir, "templates"),
    );
    // then it stops at once with a plain message
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      "is a named pipe (FIFO), not a template; give the path of a regular file",
    );
    expect(run.err).toContain(pipe.slice(pipe.lastIndexOf("templates")));
  });
});

describe("files nested thousands of levels deep", () => {
  const message = (line: number, col: number) =>
    `${line}:${col} (file) lists and sections are nested more than 64 levels deep here; a site file needs about ten, so check the indentation, dashes and brackets`;

  it("brackets: one plain message where the nesting gets too deep", () => {
    const text = `version: 1\nsite: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`;
    expect(found(check(text))).toEqual([message(2, 70)]);
  });

  it("unclosed brackets and braces", () => {
    expect(found(check(`site: ${"{a: ".repeat(10_000)}\n`))).toEqual([message(1, 259)]);
  });

  it("block style: dashes on one line and deepening indentation", () => {
    expect(found(check(`site:\n${"- ".repeat(10_000)}x\n`))).toEqual([message(2, 129)]);
    const lines = Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i + 1)}a:`);
    expect(found(check(`site:\n${lines.join("\n")}\n`))).toEqual([message(65, 65)]);
  });

  it("exits 1 with the message through the command", async () => {
    const file = join(scratch(), "deep.yaml");
    writeFileSync(file, `site: ${"[".repeat(10_000)}\n`);
    const run = await carrel("validate", file);
    expect(run.code).toBe(1);
    expect(run.out).toContain("nested more than 64 levels deep");
    expect(run.out + run.err).not.toMatch(/call stack|RangeError/);
  });
});
