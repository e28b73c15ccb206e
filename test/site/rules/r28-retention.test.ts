import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R28 backup lock, cool and delete days", () => {
  it("accepts the example", () => {
    expect(found(check(EXAMPLE), "R28")).toEqual([]);
  });

  it("rejects backups locked for longer than they are kept", () => {
    const e = edit(EXAMPLE, "immutableDays: 30", "immutableDays: 400");
    expect(found(check(e.text), "R28")).toEqual([
      `${e.line}:${e.col + 15} azure.backup.immutableDays backups are locked for 400 days but deleted after 365; immutableDays must be at most deleteAfterDays`,
    ]);
  });

  it("accepts backups locked for exactly as long as they are kept", () => {
    const e = edit(EXAMPLE, "immutableDays: 30", "immutableDays: 365");
    expect(found(check(e.text), "R28")).toEqual([]);
  });

  it("rejects moving backups to cool storage no earlier than deleting them", () => {
    const e = edit(EXAMPLE, "coolAfterDays: 30", "coolAfterDays: 365");
    expect(found(check(e.text), "R28")).toEqual([
      `${e.line}:${e.col + 15} azure.backup.coolAfterDays backups move to cool storage after 365 days but are deleted after 365; coolAfterDays must be less than deleteAfterDays`,
    ]);
  });
});
