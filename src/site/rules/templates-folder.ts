/**
 * The site's own template folder (`templates:`) lies inside the site file's folder, as
 * runbooks do (R31): what renders a library's configs is part of its repository, reviewed
 * with it, never a folder elsewhere on the machine that happens to run Carrel.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import { error } from "../issue.ts";
import type { Rule } from "./rule.ts";

export const templatesFolder: Rule = {
  id: "templates",
  title: "the site's template folder is inside its own folder",
  check(site, ctx) {
    if (site.templates === undefined) return [];
    const written = site.templates.replace(/\\/g, "/");
    const full = resolve(ctx.siteDir, written);
    const inside = relative(ctx.siteDir, full);
    const outside =
      isAbsolute(written) ||
      /^[A-Za-z]:/.test(written) ||
      inside === ".." ||
      inside.startsWith(`..${sep}`) ||
      isAbsolute(inside);
    const real = ctx.realPath?.(full);
    const linkedOut =
      real !== undefined &&
      ctx.realPath?.(ctx.siteDir) !== undefined &&
      relative(ctx.realPath(ctx.siteDir)!, real).startsWith("..");
    if (!outside && !linkedOut) return [];
    return [
      error(
        "templates",
        ["templates"],
        `'${site.templates}' is outside the folder of the site file; keep the site's templates in that folder, like templates: my-templates`,
      ),
    ];
  },
};
