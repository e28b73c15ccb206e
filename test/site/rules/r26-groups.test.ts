import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R26 directory groups", () => {
  it("accepts the example's nesting and members", () => {
    expect(found(check(EXAMPLE), "R26")).toEqual([]);
  });

  it("rejects groups nested in a circle and names the circle", () => {
    // given the IT admins group containing the staff group that contains it
    const e = edit(
      EXAMPLE,
      "administrative rights\n",
      "administrative rights\n      memberGroups: [RBPL-Staff]\n",
    );
    // when validated
    const issues = found(check(e.text), "R26");
    // then the membership that closes the circle is blamed
    expect(issues).toEqual([
      `${e.line + 1}:22 directory.groups[4].memberGroups[0] groups contain each other in a circle: RBPL-Staff → RBPL-IT-Admins → RBPL-Staff; remove one of these memberships`,
    ]);
  });

  it("rejects a group that is a member of itself", () => {
    const e = edit(
      EXAMPLE,
      "Circulation desk staff\n",
      "Circulation desk staff\n      memberGroups: [RBPL-Circulation]\n",
    );
    expect(found(check(e.text), "R26")).toEqual([
      `${e.line + 1}:22 directory.groups[1].memberGroups[0] group 'RBPL-Circulation' is listed as a member of itself; remove it from its memberGroups`,
    ]);
  });

  it("rejects members that are not user principal names", () => {
    const e = edit(EXAMPLE, "sortiz@rbpl.org]", "Sam Ortiz, sortiz@rbpl]");
    expect(found(check(e.text), "R26")).toEqual([
      `${e.at} directory.groups[4].members[1] member 'Sam Ortiz' is not a user principal name; write the user's sign-in name, like jlee@library.org`,
      `${e.line}:${e.col + "Sam Ortiz, ".length} directory.groups[4].members[2] member 'sortiz@rbpl' is not a user principal name; write the user's sign-in name, like jlee@library.org`,
    ]);
  });
});
