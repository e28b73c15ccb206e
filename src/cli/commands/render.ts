/** `carrel render [site.yaml] --out DIR`: writes switch, DHCP and DNS configurations. */
import { siteStamp, type GeneratedFile } from "../../output/index.ts";
import type { SiteSource } from "../../site/index.ts";
import { SITE_OPTION } from "../consortium/root-run.ts";
import type { Command, CommandArgs } from "../command.ts";
import { EXIT, type Io } from "../io.ts";
import { loadSite, type SiteFlags } from "../load-site.ts";
import { renderConfigs, writeOutput } from "../pipeline.ts";
import { progress, type Phase } from "../progress.ts";

function failure(io: Io, message: string, code: number): number {
  io.err(`carrel render: ${message}\n`);
  return code;
}

/**
 * A site's rendered configurations, or the exit code to stop with (the problems printed).
 * `member` says how a consortium member is validated.
 */
export function renderedSite(
  file: string,
  values: CommandArgs["values"],
  io: Io,
  member?: SiteFlags["member"],
  phase: Phase = () => {},
): { ok: true; files: GeneratedFile[]; source: SiteSource } | { ok: false; code: number } {
  phase(`reading and checking ${file}`);
  const loaded = loadSite(file, member ? { ...values, member } : values, io);
  if (!loaded.ok) return loaded;
  const stamp = siteStamp(file, loaded.validation.source.text);
  // Problems in a template or in what the site asks for: the earlier output stays as it was.
  phase("rendering the configurations");
  const rendered = renderConfigs(file, loaded.model, stamp, values.templates);
  if (!rendered.ok) return { ok: false, code: failure(io, rendered.message, rendered.code) };
  return { ok: true, files: rendered.value, source: loaded.validation.source };
}

export const renderCommand: Command = {
  name: "render",
  summary: "write the switch, DHCP and DNS configurations",
  usage:
    "[site.yaml | consortium.yaml] [--site CODE,...] [--out DIR] [--templates DIR] [--force] [--json] [--strict]",
  maxPositionals: 1,
  options: {
    ...SITE_OPTION,
    out: { type: "string", short: "o" },
    templates: { type: "string" },
    json: { type: "boolean" },
    strict: { type: "boolean" },
    force: { type: "boolean" },
  },
  run({ values, positionals }, io) {
    const file = positionals[0] ?? "site.yaml";
    const out = typeof values.out === "string" ? values.out : "out";
    const phase = progress(io, "render");
    const rendered = renderedSite(file, values, io, undefined, phase);
    if (!rendered.ok) return rendered.code;
    const files = rendered.files;
    phase(`writing ${files.length} files to ${out}`);
    const written = writeOutput(out, files, file, (note) => io.err(`carrel render: ${note}\n`));
    if (!written.ok) return failure(io, written.message, written.code);
    const report = written.value;
    const shown = out.endsWith("/") ? out : `${out}/`;
    const noun = files.length === 1 ? "file" : "files";
    io.out(`Rendered ${files.length} ${noun} to ${shown} (${report.written} changed)\n`);
    return EXIT.ok;
  },
};
