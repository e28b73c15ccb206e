/**
 * `carrel docs [site.yaml] --out DIR`: writes the documentation site.
 * `--check` compares the folder with what would be written and fails when it is stale;
 * `--since GIT_REF` adds a change summary against the site file at that git ref;
 * `--date YYYY-MM-DD` dates the pages (default: the site file's last commit);
 * `--serve` previews the pages on this machine, rebuilt as their sources change (`serve/`).
 */
import { basename, dirname, join, resolve } from "node:path";
import { AuditInputError, runAudit } from "../../audit/run.ts";
import {
  buildDocs,
  MAX_TOPOLOGY_LAYOUT_BYTES,
  TOPOLOGY_LAYOUT_PATH,
  type DocsDate,
  type DocsInput,
  type RunbookText,
} from "../../docs/index.ts";
import { compareFolder, siteStamp, type GeneratedFile } from "../../output/index.ts";
import {
  describeFileProblem,
  markdownPaths,
  readRegularFile,
  siteChanges,
  type SiteModel,
  type SiteSource,
} from "../../site/index.ts";
import { SITE_OPTION } from "../consortium/root-run.ts";
import type { Command, CommandArgs } from "../command.ts";
import { EXIT, type Io } from "../io.ts";
import { loadSite, type SiteFlags } from "../load-site.ts";
import { renderConfigs, writeOutput, type Step } from "../pipeline.ts";
import { progress, type Phase } from "../progress.ts";
import { loadSiteAtRef } from "../site-at-ref.ts";
import { docsDate } from "../site-date.ts";

/** Runbooks larger than this are refused: they are pages of text. */
const MAX_RUNBOOK_BYTES = 4 * 1024 * 1024;

/**
 * The Markdown files the site names (runbooks, room card notes), read from beside the site
 * file; or why one cannot be.
 */
function readRunbooks(file: string, paths: readonly string[]): Step<RunbookText[]> {
  const dir = dirname(resolve(file));
  const runbooks: RunbookText[] = [];
  for (const path of paths) {
    const read = readRegularFile(resolve(dir, path), MAX_RUNBOOK_BYTES);
    if (!read.ok) {
      const message = describeFileProblem(path, read.problem, "runbook", "4 MiB");
      return { ok: false, message, code: EXIT.usage };
    }
    runbooks.push({ path, text: read.bytes.toString("utf8") });
  }
  return { ok: true, value: runbooks };
}

/**
 * The topology layout an earlier build left in the docs folder `out`, as text; undefined when
 * there is none to read (missing, not a regular file, too large). Whether it fits is for the
 * docs to judge; a file that does not is silently laid out afresh.
 */
export function previousLayout(out: string): string | undefined {
  const read = readRegularFile(join(out, TOPOLOGY_LAYOUT_PATH), MAX_TOPOLOGY_LAYOUT_BYTES);
  return read.ok ? read.bytes.toString("utf8") : undefined;
}

function checkReport(io: Io, out: string, files: readonly GeneratedFile[]): number {
  const { missing, stale, extra } = compareFolder(out, files);
  if (missing.length + stale.length + extra.length === 0) {
    io.out(`${out} is up to date (${files.length} files)\n`);
    return EXIT.ok;
  }
  const lines = [`${out} is out of date with the site file:`];
  const section = (title: string, list: readonly string[]) => {
    if (list.length === 0) return;
    lines.push(`  ${title} (${list.length}):`);
    for (const p of list.slice(0, 50)) lines.push(`    ${p}`);
    if (list.length > 50) lines.push(`    ... and ${list.length - 50} more`);
  };
  section("differ from what would be generated", stale);
  section("missing", missing);
  section("should not be there", extra);
  lines.push("Regenerate it with: carrel docs [site.yaml] --out " + out);
  io.err(lines.join("\n") + "\n");
  return EXIT.invalid;
}

/** What a site's documentation is built with besides its own files. */
export interface DocsOptions {
  /** How a consortium member is validated. */
  readonly member?: SiteFlags["member"];
  /** The docs' date when the caller has found it (a consortium's files share it). */
  readonly asOf?: DocsDate;
  /** The consortium hub the pages link back to. */
  readonly hub?: DocsInput["hub"];
  /** Told as each phase begins (progress on a terminal). */
  readonly phase?: Phase;
  /** The topology layout file of an earlier build (`previousLayout`), reused when it fits. */
  readonly previousLayout?: string;
}

/**
 * A site's documentation pages, or the exit code to stop with (the problems printed). The
 * earlier model, when `--since` is given, is kept for the change summary.
 */
export async function documentedSite(
  file: string,
  values: CommandArgs["values"],
  io: Io,
  options: DocsOptions = {},
): Promise<
  | { ok: true; files: GeneratedFile[]; previous?: SiteModel; model: SiteModel; source: SiteSource }
  | { ok: false; code: number }
> {
  // The ref first: an unknown ref is a usage error (exit 2), as it is for diff --base.
  const at =
    typeof values.since === "string" ? loadSiteAtRef(file, values.since, "--since") : undefined;
  at?.dispose();
  const phase = options.phase ?? (() => {});
  phase(`reading and checking ${file}`);
  const asOf =
    options.asOf ?? docsDate(file, typeof values.date === "string" ? values.date : undefined);
  const loaded = loadSite(
    file,
    options.member ? { ...values, member: options.member } : values,
    io,
  );
  if (!loaded.ok) return loaded;
  const { model } = loaded;
  const stamp = siteStamp(file, loaded.validation.source.text);
  if (at && !at.model) {
    io.err(`carrel docs: ${at.problem}, so there is nothing to compare with\n`);
    return { ok: false, code: EXIT.invalid };
  }
  const previous = at?.model;
  phase("rendering the configurations the docs link");
  const rendered = renderConfigs(file, model, stamp);
  if (!rendered.ok) {
    io.err(`carrel docs: cannot render the configurations the docs link: ${rendered.message}\n`);
    return { ok: false, code: rendered.code };
  }
  const runbooks = readRunbooks(file, markdownPaths(model.site));
  if (!runbooks.ok) {
    io.err(`carrel docs: ${runbooks.message}\n`);
    return { ok: false, code: runbooks.code };
  }
  let compliance;
  if (typeof values.running === "string") {
    // Only --running needs the drift checker and the device parsers behind it.
    const { driftWith } = await import("./drift.ts");
    const drift = driftWith(
      file,
      values.running,
      model,
      loaded.validation.source,
      rendered.value,
      io,
      "docs",
    );
    if (!drift.ok) return { ok: false, code: drift.code };
    compliance = drift.report;
  }
  phase("auditing the site");
  let audit;
  try {
    audit = runAudit({
      site: { model, source: loaded.validation.source, file: basename(file) },
      ...(typeof values.running === "string" ? { running: values.running } : {}),
      date: asOf?.date,
    });
  } catch (err) {
    if (!(err instanceof AuditInputError)) throw err;
    io.err(`${err.message}\ncarrel docs: the running configurations cannot be audited\n`);
    return { ok: false, code: EXIT.usage };
  }
  phase("building the pages");
  const files = await buildDocs(model, {
    ...(compliance ? { compliance } : {}),
    audit,
    configs: rendered.value,
    runbooks: runbooks.value,
    stamp,
    ...(asOf ? { asOf } : {}),
    ...(previous ? { previous, previousLabel: String(values.since) } : {}),
    ...(options.hub ? { hub: options.hub } : {}),
    ...(options.previousLayout !== undefined ? { previousLayout: options.previousLayout } : {}),
  });
  return {
    ok: true,
    files,
    model,
    source: loaded.validation.source,
    ...(previous ? { previous } : {}),
  };
}

/** `carrel docs`: the documentation site, its staleness check and change summary. */
export const docsCommand: Command = {
  name: "docs",
  summary: "write the documentation site; --check fails when the committed copy is stale",
  usage:
    "[site.yaml | consortium.yaml] [--site CODE,...] [--out DIR] [--check] [--since GIT_REF] [--date YYYY-MM-DD] [--running DIR] [--json] [--strict] [--serve [--port N] [--host 127.0.0.1]]",
  maxPositionals: 1,
  options: {
    ...SITE_OPTION,
    out: { type: "string", short: "o" },
    check: { type: "boolean" },
    since: { type: "string" },
    date: { type: "string" },
    running: { type: "string" },
    json: { type: "boolean" },
    strict: { type: "boolean" },
    serve: { type: "boolean" },
    port: { type: "string" },
    host: { type: "string" },
  },
  async run({ values, positionals }, io) {
    const file = positionals[0] ?? "site.yaml";
    const out = typeof values.out === "string" ? values.out : "docs";
    if (!values.serve && (values.port !== undefined || values.host !== undefined)) {
      io.err("carrel docs: --port and --host go with --serve (the preview)\n");
      return EXIT.usage;
    }
    if (values.serve) {
      const { serveDocs } = await import("../serve/index.ts");
      // Each rebuild says how long it took, without phase lines; it reuses the layout of the
      // last build (at first, of the docs folder) while the switches and links stay.
      let layout = previousLayout(out);
      return serveDocs(file, values, io, async () => {
        const documented = await documentedSite(file, values, io, {
          ...(layout !== undefined ? { previousLayout: layout } : {}),
        });
        if (documented.ok)
          layout = documented.files.find((f) => f.path === TOPOLOGY_LAYOUT_PATH)?.content;
        return documented;
      });
    }
    const phase = progress(io, "docs");
    // --check lays out afresh: it answers whether the docs are what site.yaml gives, so it
    // takes nothing from the folder it judges (a layout edited together with the network
    // page would otherwise pass).
    const layout = values.check ? undefined : previousLayout(out);
    const documented = await documentedSite(file, values, io, {
      phase,
      ...(layout !== undefined ? { previousLayout: layout } : {}),
    });
    if (!documented.ok) return documented.code;
    const { files, previous, model } = documented;
    if (values.check) return checkReport(io, out, files);
    phase(`writing ${files.length} files to ${out}`);
    const written = writeOutput(out, files, file, (note) => io.err(`carrel docs: ${note}\n`));
    if (!written.ok) {
      io.err(`carrel docs: ${written.message}\n`);
      return written.code;
    }
    const report = written.value;
    const shown = out.endsWith("/") ? out : `${out}/`;
    io.out(
      `Wrote the documentation site to ${shown}: ${files.length} files (${report.written} changed)\n`,
    );
    if (previous) {
      const changes = siteChanges(previous, model).reduce((n, g) => n + g.changes.length, 0);
      io.out(
        `${changes} change${changes === 1 ? "" : "s"} since ${values.since}: see ${shown}changes.html\n`,
      );
    }
    return EXIT.ok;
  },
};
