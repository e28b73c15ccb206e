import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R1 site code", () => {
  it("accepts the example's code", () => {
    expect(found(check(EXAMPLE), "R1")).toEqual([]);
  });

  it("rejects upper case and suggests the lower-case form", () => {
    // given a code with capitals
    const { text, line } = edit(EXAMPLE, "code: rbpl ", "code: RBPL ");
    // when validated
    const issues = found(check(text), "R1");
    // then the error sits on the value and names the fix
    expect(issues).toEqual([
      `${line}:9 site.code site code 'RBPL' must be 2-16 characters: a lower-case letter, then lower-case letters, digits or hyphens; did you mean 'rbpl'?`,
    ]);
  });

  it("rejects a code that starts with a digit", () => {
    const { text, line } = edit(EXAMPLE, "code: rbpl ", "code: 1rbpl ");
    expect(found(check(text), "R1")).toHaveLength(1);
    expect(found(check(text), "R1")[0]).toMatch(
      new RegExp(`^${line}:9 site.code site code '1rbpl'`),
    );
  });
});
