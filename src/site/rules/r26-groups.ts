/**
 * R26: directory groups do not contain themselves through `memberGroups`, and `members` are
 * user principal names (the sign-in name, name@domain), which is how users are looked up.
 */
import { error, type Issue } from "../issue.ts";
import type { Rule } from "./rule.ts";

/** name@domain.tld: no spaces, one @, a dotted domain ending in letters. */
const UPN =
  /^[^@\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

export const r26Groups: Rule = {
  id: "R26",
  title: "no circular group nesting; members are user principal names",
  check(site) {
    const groups = site.directory?.groups ?? [];
    const issues: Issue[] = [];

    groups.forEach((group, g) =>
      group.members.forEach((member, m) => {
        if (UPN.test(member)) return;
        issues.push(
          error(
            "R26",
            ["directory", "groups", g, "members", m],
            `member '${member}' is not a user principal name; write the user's sign-in name, like jlee@library.org`,
          ),
        );
      }),
    );

    // Depth-first search over memberGroups; a reference back into the current path is a cycle.
    const index = new Map(groups.map((group, g) => [group.name, g] as const));
    const state = groups.map(() => "new" as "new" | "open" | "done");
    const stack: number[] = [];
    const visit = (g: number) => {
      state[g] = "open";
      stack.push(g);
      groups[g]!.memberGroups.forEach((name, k) => {
        const next = index.get(name);
        if (next === undefined) return; // R4 reports an undefined group
        if (state[next] === "open") {
          const cycle = [...stack.slice(stack.indexOf(next)), next].map((i) => groups[i]!.name);
          issues.push(
            error(
              "R26",
              ["directory", "groups", g, "memberGroups", k],
              cycle.length === 2
                ? `group '${name}' is listed as a member of itself; remove it from its memberGroups`
                : `groups contain each other in a circle: ${cycle.join(" → ")}; remove one of these memberships`,
            ),
          );
        } else if (state[next] === "new") {
          visit(next);
        }
      });
      stack.pop();
      state[g] = "done";
    };
    groups.forEach((_, g) => {
      if (state[g] === "new") visit(g);
    });
    return issues;
  },
};
