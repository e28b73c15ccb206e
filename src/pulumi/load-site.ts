/**
 * Reading and validating the site file for the Pulumi program. An unreadable or
 * invalid site stops the program with the validator's own messages, before any
 * resource is registered.
 */
import * as pulumi from "@pulumi/pulumi";
import { formatIssue, formatText } from "../site/format.ts";
import { buildModel, type SiteModel } from "../site/model/index.ts";
import { readSiteFile } from "../site/read.ts";
import type { SiteSource } from "../site/source.ts";
import type { ValidateOptions } from "../site/validate.ts";
import { validateSiteText } from "../consortium/member.ts";

/** A valid site's model and the warnings the validator found. */
export interface LoadedSite {
  readonly model: SiteModel;
  /** Warning lines, `FILE:LINE:COL  path  warning: message`. */
  readonly warnings: readonly string[];
  /** The parsed file, to give later findings (missing vCenter names) their positions. */
  readonly source: SiteSource;
}

/** Validates site text; throws a `RunError` holding the validator's output when invalid. */
export function loadSiteText(
  file: string,
  text: string,
  options: ValidateOptions = {},
): LoadedSite {
  const result = validateSiteText(file, text, options);
  if (!result.valid || !result.site) throw new pulumi.RunError(formatText(result).trimEnd());
  return {
    model: buildModel(result.site),
    warnings: result.issues.filter((i) => i.severity === "warning").map(formatIssue),
    source: result.source,
  };
}

/** Reads and validates a site file; throws a `RunError` when it cannot be used. */
export function loadSiteFile(file: string, options: ValidateOptions = {}): LoadedSite {
  const read = readSiteFile(file);
  if (!read.ok) throw new pulumi.RunError(read.message);
  return loadSiteText(file, read.text, options);
}
