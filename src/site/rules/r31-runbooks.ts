/**
 * R31: runbooks are Markdown files inside the site file's folder, so the docs site can publish
 * them and the folder can be handed over whole. The same holds for every Markdown file the
 * site names (a service's runbook, a room card's notes): `markdownFileProblem` says why one
 * is not.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import { error, type Issue } from "../issue.ts";
import type { Rule, RuleContext } from "./rule.ts";

/** What a Markdown file is called in messages, and an example path for it. */
export interface MarkdownFileKind {
  /** "runbook" */
  readonly noun: string;
  /** "runbooks" */
  readonly plural: string;
  /** "runbooks/restore-a-vm.md" */
  readonly example: string;
}

const RUNBOOK: MarkdownFileKind = {
  noun: "runbook",
  plural: "runbooks",
  example: "runbooks/restore-a-vm.md",
};

/** Why a path written in site.yaml is not a Markdown file inside the site's folder, or undefined. */
export function markdownFileProblem(
  path: string,
  ctx: RuleContext,
  kind: MarkdownFileKind = RUNBOOK,
): string | undefined {
  // Backslashes are folder separators on Windows; treat them so on every system.
  const written = path.replace(/\\/g, "/");
  const folder = kind.example.split("/")[0]!;
  if (isAbsolute(written) || /^[A-Za-z]:/.test(written))
    return `'${path}' is an absolute path; write it relative to the folder of the site file, like ${kind.example}`;
  const full = resolve(ctx.siteDir, written);
  const inside = relative(ctx.siteDir, full);
  if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    return `'${path}' points outside the folder of the site file; keep ${kind.plural} in that folder, for example under ${folder}/`;
  if (!/\.md$/i.test(written))
    return `'${path}' is not a Markdown file; a ${kind.noun} is a file ending in .md`;
  if (!ctx.fileExists(full))
    return `${kind.noun} '${path}' does not exist in the folder of the site file; create it or correct the path`;
  // A link inside the folder may still lead outside it; the docs would publish that file.
  const realFile = ctx.realPath?.(full);
  const realDir = ctx.realPath?.(ctx.siteDir);
  if (realFile && realDir && relative(realDir, realFile).startsWith(".."))
    return `'${path}' is a link to a file outside the folder of the site file; copy the ${kind.noun} into the folder instead`;
  return undefined;
}

export const r31Runbooks: Rule = {
  id: "R31",
  title: "runbooks are Markdown files in the site's folder",
  check(site, ctx) {
    const issues: Issue[] = [];
    site.operations?.runbooks.forEach((runbook, r) => {
      const problem = markdownFileProblem(runbook, ctx);
      if (problem) issues.push(error("R31", ["operations", "runbooks", r], problem));
    });
    return issues;
  },
};
