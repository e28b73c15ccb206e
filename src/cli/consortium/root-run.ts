/**
 * Whether a command acts on one site file, as it always has, or on a consortium's sites:
 * a small module, so that `carrel validate site.yaml` does not load the consortium runner.
 */
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { CONSORTIUM_FILE } from "../../consortium/consortium.ts";
import type { CommandArgs } from "../command.ts";
import { UsageError } from "../io.ts";

/** A command run at a consortium's root: its consortium.yaml and the sites asked for. */
export interface RootRun {
  readonly file: string;
  readonly only?: readonly string[];
}

/** The `--site` option every root command takes. */
export const SITE_OPTION = { site: { type: "string" } } as const;

/**
 * Whether a command acts on a consortium: no site file given where consortium.yaml is, a
 * consortium.yaml given, or `--site`. Undefined for a command on one site file, as before.
 */
export function rootRun(args: CommandArgs): RootRun | undefined {
  const site = typeof args.values.site === "string" ? args.values.site : undefined;
  const given = args.positionals[0];
  if (given !== undefined && basename(given) !== CONSORTIUM_FILE) {
    if (site !== undefined)
      throw new UsageError(
        `--site picks sites of a consortium; give it without a site file (not ${given})`,
      );
    return undefined;
  }
  const file = given ?? (existsSync(CONSORTIUM_FILE) ? CONSORTIUM_FILE : undefined);
  if (!file) {
    if (site !== undefined)
      throw new UsageError(`--site needs a consortium: run it where consortium.yaml is`);
    return undefined;
  }
  const only = site
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return { file, ...(only ? { only } : {}) };
}
