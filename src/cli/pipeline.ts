/**
 * The steps render, docs and diff share: rendering a site's configurations with its
 * template folders, and writing an output folder. Each turns the problems a valid site
 * can still meet into a plain message and an exit code, the same way for every command.
 */
import {
  OutputFolderError,
  writeFiles,
  type GeneratedFile,
  type SiteStamp,
  type WriteReport,
} from "../output/index.ts";
import {
  createEngine,
  DhcpConfigError,
  DnsConfigError,
  EscapeError,
  renderSite,
  TemplateError,
  TemplateReadError,
} from "../render/index.ts";
import type { SiteModel } from "../site/index.ts";
import { EXIT } from "./io.ts";
import { templateFolders } from "./templates.ts";

/** A result, or the message and exit code to stop with. */
export type Step<T> = { ok: true; value: T } | { ok: false; message: string; code: number };

/**
 * The site's rendered configurations. `flag` is `--templates`, when the command has it.
 * A broken template or a setting a DHCP/DNS format cannot express stops with exit 1; a
 * template that cannot be read at all (a folder, a named pipe, a device) with exit 2.
 */
export function renderConfigs(
  file: string,
  model: SiteModel,
  stamp: SiteStamp,
  flag?: unknown,
): Step<GeneratedFile[]> {
  const templates = templateFolders(file, model.site.templates, flag);
  if (!templates.ok) return { ok: false, message: templates.problem, code: EXIT.invalid };
  try {
    return {
      ok: true,
      value: renderSite(model, stamp, { engine: createEngine(templates.folders) }),
    };
  } catch (err) {
    if (err instanceof TemplateReadError)
      return { ok: false, message: err.message, code: EXIT.usage };
    if (err instanceof TemplateError)
      return { ok: false, message: err.message, code: EXIT.invalid };
    // A name no output format can write (the validator refuses these first).
    if (
      err instanceof DhcpConfigError ||
      err instanceof DnsConfigError ||
      err instanceof EscapeError
    )
      return { ok: false, message: `${file}: ${err.message}`, code: EXIT.invalid };
    throw err;
  }
}

/**
 * Writes an output folder; a folder Carrel may not replace, or cannot write, is exit 2.
 * `note` is told at once about waiting for another writer and about what an interrupted
 * run left behind.
 */
export function writeOutput(
  out: string,
  files: readonly GeneratedFile[],
  siteFile: string,
  note?: (text: string) => void,
): Step<WriteReport> {
  try {
    return { ok: true, value: writeFiles(out, files, [siteFile], note ? { onNote: note } : {}) };
  } catch (err) {
    if (err instanceof OutputFolderError)
      return { ok: false, message: err.message, code: EXIT.usage };
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    return {
      ok: false,
      message: `cannot write the output folder ${out} (${reason})`,
      code: EXIT.usage,
    };
  }
}
