import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OUTPUT_MARKER, OutputFolderError, writeFiles } from "../../src/output/index.ts";

const scratch = () => mkdtempSync(join(tmpdir(), "carrel-write-"));

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
    expect(report).toEqual({ written: 0, unchanged: 1 });
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
