import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index.ts";

describe("the command table", () => {
  it("names each lazily loaded command as the command itself does", async () => {
    // given the entries carrel dispatches on without loading the commands
    for (const entry of COMMANDS) {
      // when the command's module is loaded
      const command = await entry.load();
      // then `carrel NAME` runs the command that calls itself NAME
      expect(command.name).toBe(entry.name);
    }
  });

  it("lists every command once", () => {
    // given the table's names
    const names = COMMANDS.map((c) => c.name);
    // then none is listed twice
    expect(new Set(names).size).toBe(names.length);
  });
});
