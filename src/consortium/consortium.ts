/**
 * Reading `consortium.yaml`: its YAML with positions, its schema, and the checks that need
 * no site (site codes valid and unique, the address plan's parts apart from each other,
 * every named site file present). Parsed once per file and text in a process: every site
 * of the consortium asks for it.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import {
  error,
  locate,
  parseSource,
  readSiteFile,
  type Issue,
  type LocatedIssue,
  type SiteSource,
} from "../site/index.ts";
import { schemaIssues } from "../site/schema-issues.ts";
import { secretIssues } from "../site/rules/secrets.ts";
import { planIssues } from "./plan.ts";
import { MEMBER_FOLDER, consortiumSchema, type ConsortiumFile } from "./schema.ts";

/** The file that makes a folder a consortium's repository. */
export const CONSORTIUM_FILE = "consortium.yaml";

/** A member site: its code, its site file and its entry in consortium.yaml. */
export interface MemberSite {
  readonly code: string;
  /** The site file, `sites/<code>/site.yaml` beside consortium.yaml (as a path from here). */
  readonly file: string;
  /** The entry's index under `sites:`. */
  readonly index: number;
}

/** A consortium.yaml, parsed and checked. */
export interface Consortium {
  readonly file: string;
  readonly source: SiteSource;
  /** The parsed file, when its schema holds. */
  readonly data: ConsortiumFile | undefined;
  /** Problems in consortium.yaml itself, in file order. */
  readonly issues: readonly LocatedIssue[];
  readonly members: readonly MemberSite[];
}

/** A member's site file, beside consortium.yaml. */
export function memberFile(consortiumFile: string, code: string): string {
  return join(dirname(consortiumFile), MEMBER_FOLDER, code, "site.yaml");
}

const SITE_CODE = /^[a-z][a-z0-9-]{1,15}$/;

/** The members whose code is valid and unique and whose site file exists; the problems with the rest. */
function checkMembers(data: ConsortiumFile, file: string, exists: (path: string) => boolean) {
  const issues: Issue[] = [];
  const members: MemberSite[] = [];
  const seen = new Map<string, number>();
  data.sites.forEach((site, i) => {
    const path = ["sites", i, "code"];
    if (!SITE_CODE.test(site.code)) {
      issues.push(
        error(
          "consortium",
          path,
          `'${site.code}' is not a site code: 2-16 characters, a lower-case letter, then lower-case letters, digits or hyphens`,
        ),
      );
      return;
    }
    const first = seen.get(site.code);
    if (first !== undefined) {
      issues.push(
        error(
          "consortium",
          path,
          `site code '${site.code}' is already used by sites[${first}]; every site needs its own code (and folder)`,
        ),
      );
      return;
    }
    seen.set(site.code, i);
    const siteFile = memberFile(file, site.code);
    if (exists(siteFile)) members.push({ code: site.code, file: siteFile, index: i });
    else
      issues.push(
        error(
          "consortium",
          path,
          `${join(MEMBER_FOLDER, site.code, "site.yaml")} does not exist; create it with: carrel init --site ${site.code}`,
        ),
      );
  });
  return { issues, members };
}

/** Parses and checks consortium text read from `file`. Never throws for bad input. */
export function parseConsortium(
  file: string,
  text: string,
  exists: (path: string) => boolean = existsSync,
): Consortium {
  const source = parseSource(file, text);
  const issues: LocatedIssue[] = [...source.issues];
  let data: ConsortiumFile | undefined;
  let members: MemberSite[] = [];
  if (source.value !== undefined) {
    const parsed = consortiumSchema.safeParse(source.value, { reportInput: true });
    if (parsed.success) {
      data = parsed.data;
      const checked = checkMembers(data, file, exists);
      members = checked.members;
      issues.push(
        ...locate(source, [
          ...checked.issues,
          ...planIssues(data),
          // Its text reaches the hub docs as site.yaml's reaches a library's pages.
          ...secretIssues(source.value, "consortium.yaml"),
        ]),
      );
    } else {
      issues.push(
        ...locate(source, schemaIssues(consortiumSchema, source.value, parsed.error.issues)),
      );
    }
  }
  issues.sort((a, b) => a.offset - b.offset || a.message.localeCompare(b.message));
  return { file, source, data, issues, members };
}

const cache = new Map<string, { text: string; consortium: Consortium }>();

/** Reads a consortium.yaml (once per process and content); or why it cannot be read. */
export function readConsortium(
  file: string,
): { ok: true; consortium: Consortium } | { ok: false; message: string } {
  const read = readSiteFile(file);
  if (!read.ok) return { ok: false, message: read.message };
  const key = `${resolve(file)}\u0000${file}`;
  const hit = cache.get(key);
  if (hit && hit.text === read.text) return { ok: true, consortium: hit.consortium };
  const consortium = parseConsortium(file, read.text);
  cache.set(key, { text: read.text, consortium });
  return { ok: true, consortium };
}

/** The consortium.yaml of a folder, when it has one. */
export function consortiumIn(folder: string): string | undefined {
  const file = join(folder, CONSORTIUM_FILE);
  return existsSync(file) ? file : undefined;
}
