/**
 * The answers a new library's repository is made from (`carrel init`), and the checks
 * that happen before anything is written. What the validator would refuse anyway (a
 * time zone that does not exist, a name too long) is found by validating the new site;
 * what can never be written into a file (a line break in a name) is refused here.
 */
import { didYouMean } from "../../site/suggest.ts";
import { UsageError } from "../io.ts";

/** The optional sections a new site can start with. */
export const SECTIONS = ["vsphere", "directory", "azure"] as const;
/** One optional section. */
export type Section = (typeof SECTIONS)[number];

/** The first three parts of the four VLANs' /24 networks: servers, staff, public, management. */
export interface AddressPlan {
  readonly servers: string;
  readonly staff: string;
  readonly public: string;
  readonly management: string;
}

/** The answers a new repository is made from. */
export interface InitAnswers {
  readonly name: string;
  readonly code: string;
  readonly domain: string;
  readonly timezone: string;
  readonly sections: readonly Section[];
  /** The VLANs' networks (a consortium member's come from its WAN allocation). */
  readonly plan?: AddressPlan;
  /** Values the site inherits from its consortium, so leaves out. */
  readonly inherits?: readonly "timezone"[];
}

const CODE = /^[a-z][a-z0-9-]{1,15}$/;
const DOMAIN =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

/** C0 and C1 control characters, DEL, and the Unicode line and paragraph separators. */
function hasControl(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Refuses answers that cannot make a site, with a message naming the flag. */
export function checkAnswers(a: InitAnswers): void {
  if (!a.name.trim()) throw new UsageError("--name must not be empty");
  if (hasControl(a.name))
    throw new UsageError(
      "--name must be one line of text, without line breaks or control characters",
    );
  if (a.name !== a.name.trim()) throw new UsageError("--name must not start or end with spaces");
  if (!CODE.test(a.code))
    throw new UsageError(
      `--code '${a.code}' must be 2-16 characters: a lower-case letter, then lower-case letters, digits or hyphens`,
    );
  if (!DOMAIN.test(a.domain))
    throw new UsageError(`--domain '${a.domain}' is not a DNS domain like ad.library.org`);
  if (hasControl(a.timezone) || !a.timezone.trim())
    throw new UsageError("--timezone must be a time zone name like America/New_York");
}

/** The sections named by `--sections` (`vsphere,azure`, or `none`). */
export function parseSections(text: string): Section[] {
  if (text.trim() === "none") return [];
  return text.split(",").map((s) => {
    const name = s.trim().toLowerCase();
    if (!(SECTIONS as readonly string[]).includes(name))
      throw new UsageError(
        `unknown section '${name}' in --sections${didYouMean(name, SECTIONS) || `; use ${SECTIONS.join(", ")} or none`}`,
      );
    return name as Section;
  });
}

/** Which flag an issue in the new site.yaml comes from, when it comes from one. */
export function flagFor(path: readonly (string | number)[]): string | undefined {
  if (path[0] !== "site") return undefined;
  switch (path[1]) {
    case "name":
      return "--name";
    case "code":
      return "--code";
    case "domain":
      return "--domain";
    case "timezone":
      return "--timezone";
    default:
      return undefined;
  }
}
