import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index.ts";

describe("the command table", () => {
  it("names and sums up each lazily loaded command as the command itself does", async () => {
    // given the entries --help lists without loading the commands
    for (const entry of COMMANDS) {
      if (!("load" in entry)) continue;
      // when the command's module is loaded
      const command = await entry.load();
      // then --help and `carrel NAME --help` say the same
      expect({ name: command.name, summary: command.summary }).toEqual({
        name: entry.name,
        summary: entry.summary,
      });
    }
  });
});
