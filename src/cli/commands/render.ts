/** `carrel render [site.yaml] --out DIR`: writes switch, DHCP and DNS configurations. */
import { siteStamp } from "../../output/index.ts";
import type { Command } from "../command.ts";
import { EXIT, type Io } from "../io.ts";
import { loadSite } from "../load-site.ts";
import { renderConfigs, writeOutput } from "../pipeline.ts";

function failure(io: Io, message: string, code: number): number {
  io.err(`carrel render: ${message}\n`);
  return code;
}

export const renderCommand: Command = {
  name: "render",
  summary: "write the switch, DHCP and DNS configurations",
  usage: "[site.yaml] [--out DIR] [--templates DIR] [--json] [--strict]",
  maxPositionals: 1,
  options: {
    out: { type: "string", short: "o" },
    templates: { type: "string" },
    json: { type: "boolean" },
    strict: { type: "boolean" },
  },
  run({ values, positionals }, io) {
    const file = positionals[0] ?? "site.yaml";
    const out = typeof values.out === "string" ? values.out : "out";
    const loaded = loadSite(file, values, io);
    if (!loaded.ok) return loaded.code;
    const stamp = siteStamp(file, loaded.validation.source.text);
    // Problems in a template or in what the site asks for: the earlier output stays as it was.
    const rendered = renderConfigs(file, loaded.model, stamp, values.templates);
    if (!rendered.ok) return failure(io, rendered.message, rendered.code);
    const files = rendered.value;
    const written = writeOutput(out, files, file, (note) => io.err(`carrel render: ${note}\n`));
    if (!written.ok) return failure(io, written.message, written.code);
    const report = written.value;
    const shown = out.endsWith("/") ? out : `${out}/`;
    const noun = files.length === 1 ? "file" : "files";
    io.out(`Rendered ${files.length} ${noun} to ${shown} (${report.written} changed)\n`);
    return EXIT.ok;
  },
};
