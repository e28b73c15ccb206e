/**
 * The Pulumi program: read the site file named by stack config `carrel:site` (default
 * `site.yaml`, relative to the project folder), validate it, and build one
 * `LibrarySite`. An invalid site stops here with the validator's messages, before any
 * resource is registered; so does a vCenter that lacks a name site.yaml uses. The
 * stack's imports file (`carrel:imports`, default `stacks/Pulumi.<stack>.imports.yaml`)
 * lists what already exists, to be adopted rather than created.
 */
import * as pulumi from "@pulumi/pulumi";
import { LibrarySite, type SiteOutputs } from "../../components/library-site.ts";
import { formatIssue } from "../site/format.ts";
import { locate } from "../site/source.ts";
import type { ValidateOptions } from "../site/validate.ts";
import { Adoption, importsFileOf, parseAdoptions, readAdoptions } from "./adoption.ts";
import { loadSiteFile, loadSiteText, type LoadedSite } from "./load-site.ts";
import { planSite } from "./plan.ts";
import { CONFIG_KEYS, CONFIG_NAMESPACE, readStackSettings } from "./settings.ts";
import { VsphereNamesError } from "./vsphere-names.ts";

/** The site file used when `carrel:site` is not set. */
export const DEFAULT_SITE_FILE = "site.yaml";

/** Options for tests and benchmarks; `pulumi up` uses none. */
export interface ProgramOptions {
  /** Site text to use instead of reading the file (the file name still labels messages). */
  readonly siteText?: string;
  /** Imports file text to use instead of reading the stack's file. */
  readonly importsText?: string;
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
  // One diagnostic per warning, each on its own line, in file order.
  for (const warning of new Set(loaded.warnings)) await pulumi.log.warn(warning);
  const importsFile = config.get(CONFIG_KEYS.imports) ?? importsFileOf(pulumi.getStack());
  const adoption = new Adoption(
    options.importsText !== undefined
      ? parseAdoptions(importsFile, options.importsText)
      : readAdoptions(importsFile),
  );
  const plan = planSite(loaded.model);
  const settings = readStackSettings(plan, config);
  const site = new LibrarySite(plan.code, { plan, settings, adoption });
  try {
    await site.ready;
  } catch (err) {
    if (err instanceof VsphereNamesError) throw missingNames(loaded, err, plan.vsphere?.server);
    throw err;
  }
  for (const entry of adoption.unused())
    await pulumi.log.warn(
      `${importsFile}: ${entry.type} '${entry.name}' is listed for adoption, but site.yaml has no such resource; it is not adopted`,
    );
  return site.outputs;
}

/** The missing names, each at its site.yaml key, as one error. */
function missingNames(
  loaded: LoadedSite,
  err: VsphereNamesError,
  server: string | undefined,
): pulumi.RunError {
  if (err.issues.length === 0) return new pulumi.RunError(err.message);
  const lines = locate(loaded.source, err.issues)
    .sort((a, b) => a.offset - b.offset)
    .map(formatIssue);
  const count = lines.length === 1 ? "1 name" : `${lines.length} names`;
  return new pulumi.RunError(
    `${lines.join("\n")}\n${loaded.source.file}: ${count} not found in vCenter ${server ?? ""}; nothing was built`,
  );
}
