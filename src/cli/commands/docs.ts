/**
 * `carrel docs [site.yaml] --out DIR`: writes the documentation site.
 * `--check` compares the folder with what would be written and fails when it is stale;
 * `--since GIT_REF` adds a change summary against the site file at that git ref.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { buildDocs, compareDocs, siteChanges, type RunbookText } from "../../docs/index.ts";
import { siteStamp, type GeneratedFile } from "../../output/index.ts";
import { buildModel, validateText, type SiteModel } from "../../site/index.ts";
import type { Command } from "../command.ts";
import { EXIT, type Io } from "../io.ts";
import { loadSite } from "../load-site.ts";
import { renderConfigs, writeOutput } from "../pipeline.ts";
import { driftWith } from "./drift.ts";

/** The site file as it was at a git ref, modelled; or why not. */
function previousModel(file: string, ref: string): { model: SiteModel } | { problem: string } {
  let text: string;
  try {
    text = execFileSync("git", ["show", `${ref}:./${basename(file)}`], {
      cwd: dirname(resolve(file)),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (err) {
    const detail = String((err as { stderr?: string }).stderr ?? "")
      .trim()
      .split("\n")[0];
    return {
      problem: `cannot read ${basename(file)} at git ref '${ref}'${detail ? ` (${detail})` : ""}`,
    };
  }
  const validation = validateText(file, text);
  if (!validation.valid || !validation.site)
    return {
      problem: `${basename(file)} at git ref '${ref}' is not a valid site, so there is nothing to compare with`,
    };
  return { model: buildModel(validation.site) };
}

/** The runbooks listed in the site, read from beside the site file. */
function readRunbooks(file: string, paths: readonly string[]): RunbookText[] {
  const dir = dirname(resolve(file));
  return paths.map((path) => ({ path, text: readFileSync(resolve(dir, path), "utf8") }));
}

function checkReport(io: Io, out: string, files: readonly GeneratedFile[]): number {
  const { missing, stale, extra } = compareDocs(out, files);
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

/** `carrel docs`: the documentation site, its staleness check and change summary. */
export const docsCommand: Command = {
  name: "docs",
  summary: "write the documentation site; --check fails when the committed copy is stale",
  usage: "[site.yaml] [--out DIR] [--check] [--since GIT_REF] [--running DIR] [--json] [--strict]",
  maxPositionals: 1,
  options: {
    out: { type: "string", short: "o" },
    check: { type: "boolean" },
    since: { type: "string" },
    running: { type: "string" },
    json: { type: "boolean" },
    strict: { type: "boolean" },
  },
  async run({ values, positionals }, io) {
    const file = positionals[0] ?? "site.yaml";
    const out = typeof values.out === "string" ? values.out : "docs";
    const loaded = loadSite(file, values, io);
    if (!loaded.ok) return loaded.code;
    const { model } = loaded;
    const stamp = siteStamp(file, loaded.validation.source.text);
    let previous: SiteModel | undefined;
    if (typeof values.since === "string") {
      const prev = previousModel(file, values.since);
      if ("problem" in prev) {
        io.err(`carrel docs: ${prev.problem}\n`);
        return EXIT.invalid;
      }
      previous = prev.model;
    }
    const rendered = renderConfigs(file, model, stamp);
    if (!rendered.ok) {
      io.err(`carrel docs: cannot render the configurations the docs link: ${rendered.message}\n`);
      return rendered.code;
    }
    let compliance;
    if (typeof values.running === "string") {
      const drift = driftWith(
        file,
        values.running,
        model,
        loaded.validation.source,
        rendered.value,
        io,
        "docs",
      );
      if (!drift.ok) return drift.code;
      compliance = drift.report;
    }
    const files = await buildDocs(model, {
      ...(compliance ? { compliance } : {}),
      configs: rendered.value,
      runbooks: readRunbooks(file, model.site.operations?.runbooks ?? []),
      stamp,
      ...(previous ? { previous, previousLabel: String(values.since) } : {}),
    });
    if (values.check) return checkReport(io, out, files);
    const written = writeOutput(out, files, file);
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
