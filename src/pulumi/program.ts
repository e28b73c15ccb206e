/**
 * The Pulumi program: read the site file named by stack config `carrel:site` (default
 * `site.yaml`, relative to the project folder), validate it, and build one
 * `LibrarySite`. An invalid site stops here with the validator's messages, before any
 * resource is registered.
 */
import * as pulumi from "@pulumi/pulumi";
import { LibrarySite, type SiteOutputs } from "../../components/library-site.ts";
import type { ValidateOptions } from "../site/validate.ts";
import { loadSiteFile, loadSiteText } from "./load-site.ts";
import { planSite } from "./plan.ts";
import { CONFIG_KEYS, CONFIG_NAMESPACE, readStackSettings } from "./settings.ts";

/** The site file used when `carrel:site` is not set. */
export const DEFAULT_SITE_FILE = "site.yaml";

/** Options for tests and benchmarks; `pulumi up` uses none. */
export interface ProgramOptions {
  /** Site text to use instead of reading the file (the file name still labels messages). */
  readonly siteText?: string;
  /** Validation options, e.g. a pinned date. */
  readonly validate?: ValidateOptions;
}

/** Runs the program; returns the stack outputs. */
export async function carrelProgram(options: ProgramOptions = {}): Promise<SiteOutputs> {
  const config = new pulumi.Config(CONFIG_NAMESPACE);
  const file = config.get(CONFIG_KEYS.site) ?? DEFAULT_SITE_FILE;
  const loaded =
    options.siteText !== undefined
      ? loadSiteText(file, options.siteText, options.validate)
      : loadSiteFile(file, options.validate);
  // One diagnostic for all of them, in file order, as `carrel validate` prints them.
  if (loaded.warnings.length > 0) await pulumi.log.warn(loaded.warnings.join("\n"));
  const plan = planSite(loaded.model);
  const settings = readStackSettings(plan, config);
  const site = new LibrarySite(plan.code, { plan, settings });
  return site.outputs;
}
