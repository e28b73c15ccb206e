/** R1: `site.code` is a short lower-case id, because it prefixes resource names everywhere. */
import { error } from "../issue.ts";
import type { Rule } from "./rule.ts";

const CODE = /^[a-z][a-z0-9-]{1,15}$/;

export const r01SiteCode: Rule = {
  id: "R1",
  title: "site.code is a short lower-case id",
  check(site) {
    const code = site.site.code;
    if (CODE.test(code)) return [];
    const hint = code
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, "")
      .slice(0, 16);
    const suggestion = CODE.test(hint) && hint !== code ? `; did you mean '${hint}'?` : "";
    return [
      error(
        "R1",
        ["site", "code"],
        `site code '${code}' must be 2-16 characters: a lower-case letter, then lower-case letters, digits or hyphens${suggestion}`,
      ),
    ];
  },
};
