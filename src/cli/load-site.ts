/** Reading and validating the site for any command, printing problems the validate way. */
import { validateSiteText, type MemberOptions } from "../consortium/member.ts";
import { buildModel, formatText, formatJson, readSiteFile } from "../site/index.ts";
import type { Site, SiteModel, Validation } from "../site/index.ts";
import { EXIT, type Io } from "./io.ts";

/** Flags every site-reading command shares. */
export interface SiteFlags {
  readonly json?: boolean;
  readonly strict?: boolean;
  /** Print the issue report even when the site is valid (validate does; render prints only problems). */
  readonly report?: boolean;
  /** How a consortium member is validated (the root commands report consortium.yaml once). */
  readonly member?: MemberOptions;
}

/** A valid site ready for use, or the exit code to stop with. */
export type Loaded =
  { ok: true; model: SiteModel; validation: Validation } | { ok: false; code: number };

/** A valid site, or the exit code to stop with: what `carrel validate` needs. */
export type Checked =
  { ok: true; validation: Validation & { site: Site } } | { ok: false; code: number };

/** Reads, validates and models a site file. Invalid or unreadable files print why. */
export function loadSite(file: string, flags: SiteFlags, io: Io): Loaded {
  const checked = checkSite(file, flags, io);
  if (!checked.ok) return checked;
  return { ok: true, model: buildModel(checked.validation.site), validation: checked.validation };
}

/**
 * Reads and validates a site file, printing problems; builds no model. `carrel validate`
 * stops here: the model was a sixth of its time on a city-sized site (node --cpu-prof).
 */
export function checkSite(file: string, flags: SiteFlags, io: Io): Checked {
  const read = readSiteFile(file);
  if (!read.ok) {
    io.err(`carrel: ${read.message}\n`);
    return { ok: false, code: EXIT.usage };
  }
  const validation = validateSiteText(file, read.text, {
    ...flags.member,
    strict: flags.strict === true,
  });
  if (flags.report || !validation.valid) {
    const text = flags.json ? formatJson(validation) : formatText(validation);
    // validate's report is its output; other commands print problems on stderr so
    // that what they write on stdout (a diff, a schema) stays clean.
    if (flags.report) io.out(text);
    else io.err(text);
  } else if (validation.issues.length > 0) {
    const n = validation.issues.length;
    io.err(
      `${file}: valid, ${n} ${n === 1 ? "warning" : "warnings"} (carrel validate shows ${n === 1 ? "it" : "them"})\n`,
    );
  }
  const site = validation.site;
  if (!validation.valid || !site) return { ok: false, code: EXIT.invalid };
  return { ok: true, validation: { ...validation, site } };
}
