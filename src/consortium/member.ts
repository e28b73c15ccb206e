/**
 * A site file that belongs to a consortium (`sites/<code>/site.yaml` beside a consortium.yaml
 * that lists `<code>`) is validated with what it inherits, by every command and by the
 * Pulumi program alike. Any other site file is validated on its own, exactly as before.
 */
import { basename, dirname, join, resolve } from "node:path";
import { existsSync } from "node:fs";
import type { LocatedIssue } from "../site/issue.ts";
import { readSiteFile } from "../site/read.ts";
import { parseSource, type SiteSource } from "../site/source.ts";
import { validateText, type ValidateOptions, type Validation } from "../site/validate.ts";
import { CONSORTIUM_FILE, readConsortium, type Consortium, type MemberSite } from "./consortium.ts";
import { crossSiteIssues } from "./cross-site.ts";
import { siteFacts, type SiteFacts } from "./facts.ts";
import { consortiumInheritance } from "./inherit.ts";
import { MEMBER_FOLDER } from "./schema.ts";

/** A member site and its consortium. */
export interface Membership {
  readonly consortium: Consortium;
  readonly member: MemberSite;
}

/**
 * The consortium a site file belongs to, if any. A consortium.yaml that cannot be read at
 * all is reported as a problem of the site (`problem`).
 */
export function membershipOf(file: string): { membership?: Membership; problem?: string } {
  const path = resolve(file);
  const folder = dirname(path);
  if (basename(dirname(folder)) !== MEMBER_FOLDER) return {};
  const consortiumFile = join(dirname(dirname(folder)), CONSORTIUM_FILE);
  if (!existsSync(consortiumFile)) return {};
  // Messages name consortium.yaml as the site file is named: relative when it is.
  const shown = join(dirname(dirname(dirname(file))), CONSORTIUM_FILE);
  const read = readConsortium(shown);
  if (!read.ok) return { problem: read.message };
  const code = basename(folder);
  const member = read.consortium.members.find((m) => m.code === code);
  return member ? { membership: { consortium: read.consortium, member } } : {};
}

/** How a member is validated. */
export interface MemberOptions extends ValidateOptions {
  /**
   * Add consortium.yaml's own problems (a member is not valid while they last) and the
   * cross-site problems that concern this site, found by reading every other member's
   * file. The root commands check the whole consortium once instead.
   * @default true
   */
  readonly withConsortium?: boolean;
}

/**
 * Whether member validations add consortium.yaml's problems and the cross-site ones, when a
 * call does not say. The root commands (which check the consortium once, as a whole) turn
 * it off for the sites they process, in their worker threads or in their own.
 */
let checkConsortium = true;

/** Sets the default of `withConsortium`; returns the previous one. */
export function checkConsortiumByDefault(on: boolean): boolean {
  const previous = checkConsortium;
  checkConsortium = on;
  return previous;
}

/** The facts of a member read from its file (an unreadable file has none). */
function factsOf(member: MemberSite): SiteFacts | undefined {
  const read = readSiteFile(member.file);
  return read.ok ? siteFacts(member.code, parseSource(member.file, read.text)) : undefined;
}

/** The cross-site problems that concern one member, parsed as `source`. */
export function memberCrossSiteIssues(membership: Membership, source: SiteSource) {
  const { consortium, member } = membership;
  const facts = consortium.members.flatMap((m) =>
    m.code === member.code ? [siteFacts(m.code, source)] : (factsOf(m) ?? []),
  );
  return crossSiteIssues(consortium, facts).filter((i) => i.sites.includes(member.code));
}

/** Validates site text read from `file`, with what it inherits when it is a member. */
export function validateSiteText(
  file: string,
  text: string,
  options: MemberOptions = {},
): Validation {
  const { membership, problem } = membershipOf(file);
  if (problem) {
    const validation = validateText(file, text, options);
    return {
      ...validation,
      issues: [consortiumProblem(file, problem), ...validation.issues],
      valid: false,
    };
  }
  if (!membership) return validateText(file, text, options);
  const inherit = consortiumInheritance(membership.consortium);
  const validation = validateText(file, text, inherit ? { ...options, inherit } : options);
  if (!(options.withConsortium ?? checkConsortium)) return validation;
  const own = [
    ...membership.consortium.issues,
    ...memberCrossSiteIssues(membership, validation.source).map(({ sites: _, ...i }) => i),
  ].map((i) => (options.strict ? { ...i, severity: "error" as const } : i));
  // In file order: the site's own file first, then consortium.yaml and the other sites.
  const rank = (i: LocatedIssue) => (i.file === file ? 0 : 1);
  const issues = [...validation.issues, ...own].sort(
    (a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.offset - b.offset,
  );
  return { ...validation, issues, valid: !issues.some((i) => i.severity === "error") };
}

function consortiumProblem(file: string, message: string) {
  return {
    file,
    line: 1,
    col: 1,
    offset: 0,
    path: [],
    rule: "consortium",
    severity: "error" as const,
    message: `this site belongs to a consortium, but ${message}`,
  };
}
