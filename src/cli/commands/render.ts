/** `carrel render [site.yaml] --out DIR`: writes switch, DHCP and DNS configurations. */
import { siteStamp, writeFiles } from "../../output/index.ts";
import {
  createEngine,
  DhcpConfigError,
  DnsConfigError,
  renderSite,
  TemplateError,
} from "../../render/index.ts";
import type { Command } from "../command.ts";
import { EXIT, type Io } from "../io.ts";
import { loadSite } from "../load-site.ts";
import { templateFolders } from "../templates.ts";

function failure(io: Io, message: string): number {
  io.err(`carrel render: ${message}\n`);
  return EXIT.invalid;
}

export const renderCommand: Command = {
  name: "render",
  summary: "write the switch, DHCP and DNS configurations",
  usage: "[site.yaml] [--out DIR] [--templates DIR] [--json] [--strict]",
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
    const templates = templateFolders(file, loaded.model.site.templates, values.templates);
    if (!templates.ok) return failure(io, templates.problem);
    const folders = templates.folders;
    const stamp = siteStamp(file, loaded.validation.source.text);
    let files;
    try {
      files = renderSite(loaded.model, stamp, { engine: createEngine(folders) });
    } catch (err) {
      // Problems in a template or in what the site asks for: the earlier output stays as it was.
      if (err instanceof TemplateError) return failure(io, err.message);
      if (err instanceof DhcpConfigError || err instanceof DnsConfigError)
        return failure(io, `${file}: ${err.message}`);
      throw err;
    }
    let report;
    try {
      report = writeFiles(out, files);
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      io.err(`carrel render: cannot write the output folder ${out} (${reason})\n`);
      return EXIT.usage;
    }
    const shown = out.endsWith("/") ? out : `${out}/`;
    const noun = files.length === 1 ? "file" : "files";
    io.out(`Rendered ${files.length} ${noun} to ${shown} (${report.written} changed)\n`);
    return EXIT.ok;
  },
};
