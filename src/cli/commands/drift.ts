/**
 * `carrel drift [site.yaml] --running DIR [--json]`: compares the running configurations in
 * a folder (switch running-configs, DHCP configurations or exports) with what site.yaml
 * renders, and prints a compliance report per device. Exit 0 when everything checked is
 * compliant, 1 on drift, 2 on bad input (an invalid site, a folder that cannot be read,
 * configurations that cannot be used).
 */
import { existsSync, statSync } from "node:fs";
import { DriftInputError, runDrift } from "../../drift/run.ts";
import { driftJson, formatDrift } from "../../drift/format.ts";
import { allCompliant, type DriftReport } from "../../drift/report.ts";
import { siteStamp, type GeneratedFile } from "../../output/index.ts";
import type { SiteModel, SiteSource } from "../../site/index.ts";
import { SITE_OPTION } from "../consortium/root-run.ts";
import type { Command } from "../command.ts";
import { EXIT, UsageError, type Io } from "../io.ts";
import { loadSite } from "../load-site.ts";
import { renderConfigs } from "../pipeline.ts";

/** The day a check is made: `CARREL_TODAY` when set (tests), otherwise today. */
export function checkDate(): string {
  const pinned = process.env.CARREL_TODAY;
  return pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)
    ? pinned
    : new Date().toISOString().slice(0, 10);
}

/** Compares the running configurations in `dir` with a loaded site's rendered files. */
export function driftWith(
  file: string,
  dir: string,
  model: SiteModel,
  source: SiteSource,
  rendered: readonly GeneratedFile[],
  io: Io,
  command: string,
): { ok: true; report: DriftReport } | { ok: false; code: number } {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`--running ${dir} is not a folder`);
  try {
    return { ok: true, report: runDrift(model, source, file, rendered, dir, checkDate()) };
  } catch (err) {
    if (!(err instanceof DriftInputError)) throw err;
    io.err(`${err.message}\ncarrel ${command}: the running configurations cannot be compared\n`);
    return { ok: false, code: EXIT.usage };
  }
}

export const driftCommand: Command = {
  name: "drift",
  summary: "compare running switch and DHCP configurations with what site.yaml renders",
  usage: "[site.yaml | consortium.yaml] [--site CODE,...] --running DIR [--json] [--templates DIR]",
  maxPositionals: 1,
  options: {
    ...SITE_OPTION,
    running: { type: "string" },
    json: { type: "boolean" },
    templates: { type: "string" },
  },
  run({ values, positionals }, io) {
    if (typeof values.running !== "string")
      throw new UsageError("give the folder of running configurations with --running DIR");
    const file = positionals[0] ?? "site.yaml";
    const running = values.running;
    if (!existsSync(running) || !statSync(running).isDirectory())
      throw new UsageError(`--running ${running} is not a folder`);
    // A site that cannot be read or rendered is bad input here, not drift.
    const loaded = loadSite(file, { json: values.json === true }, io);
    if (!loaded.ok) return EXIT.usage;
    const rendered = renderConfigs(
      file,
      loaded.model,
      siteStamp(file, loaded.validation.source.text),
      values.templates,
    );
    if (!rendered.ok) {
      io.err(`carrel drift: ${rendered.message}\n`);
      return EXIT.usage;
    }
    const result = driftWith(
      file,
      running,
      loaded.model,
      loaded.validation.source,
      rendered.value,
      io,
      "drift",
    );
    if (!result.ok) return result.code;
    io.out(values.json ? driftJson(result.report) : formatDrift(result.report));
    return allCompliant(result.report) ? EXIT.ok : EXIT.invalid;
  },
};
