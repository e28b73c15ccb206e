/**
 * How each command finishes at a consortium's root, once every site's job is done and the
 * consortium has been checked as a whole (root.ts): validate reports, render writes each
 * site's `out/<code>/` (skipping sites nothing changed for), drift and diff report per site.
 * The documentation (hub and every site) is root-docs.ts.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { OUTPUT_MARKER } from "../../output/index.ts";
import { formatPath, readSiteFile } from "../../site/index.ts";
import type { CommandArgs } from "../command.ts";
import { EXIT, UsageError, type Io } from "../io.ts";
import { writeOutput } from "../pipeline.ts";
import {
  readRenderIndex,
  renderFingerprint,
  writeRenderIndex,
  type RenderRecord,
} from "./fingerprint.ts";
import type { SiteFacts } from "../../consortium/facts.ts";
import { printIssues, printResults, runSites, summary } from "./root.ts";
import type { RootRun } from "./root-run.ts";

type Values = CommandArgs["values"];

/** `carrel validate` at the root: every site's report, the consortium-wide problems, a summary. */
export async function validateAtRoot(run: RootRun, values: Values, io: Io): Promise<number> {
  const json = values.json === true;
  const found = await runSites("validate", run, values, io, json ? () => {} : io.out);
  if (typeof found === "number") return found;
  const line = summary(found, "valid");
  if (json) {
    const issue = (i: (typeof found.issues)[number]) => ({
      file: i.file,
      line: i.line,
      column: i.col,
      path: formatPath(i.path),
      severity: i.severity,
      rule: i.rule,
      message: i.message,
    });
    const sites = found.results.map((r) => {
      try {
        return JSON.parse(r.out) as unknown;
      } catch {
        return { file: r.facts?.file ?? r.code, valid: false, problem: r.err.trim() };
      }
    });
    io.out(
      `${JSON.stringify({ file: run.file, valid: found.exit === EXIT.ok, summary: line.trimEnd(), issues: found.issues.map(issue), sites }, null, 2)}\n`,
    );
    return found.exit;
  }
  printResults(io, found.results);
  printIssues(io.out, found.issues);
  io.out(line);
  return found.exit;
}

/** `carrel render` at the root: `out/<code>/` for each site, skipping those nothing changed for. */
export async function renderAtRoot(run: RootRun, values: Values, io: Io): Promise<number> {
  const out = typeof values.out === "string" ? values.out : "out";
  const consortiumText = readSiteFile(run.file);
  const text = consortiumText.ok ? consortiumText.text : "";
  const last = readRenderIndex(out);
  const prints = new Map<string, string>();
  const skipped: string[] = [];
  const known = new Map<string, SiteFacts>();
  const found = await runSites(
    "render",
    run,
    values,
    io,
    io.err,
    (m) => {
      const print = renderFingerprint(text, m.file, values);
      prints.set(m.code, print);
      const before = last[m.code];
      if (
        values.force !== true &&
        before?.print === print &&
        existsSync(join(out, m.code, OUTPUT_MARKER))
      ) {
        skipped.push(m.code);
        // The file is as it was: its facts too, without reading it again.
        if (before.facts) known.set(m.code, before.facts);
        return undefined;
      }
      return { kind: "render", code: m.code, file: m.file, values };
    },
    known,
  );
  if (typeof found === "number") return found;
  printResults(io, found.results);
  const index: Record<string, RenderRecord> = { ...last };
  let exit = found.exit;
  for (const r of found.results) {
    const folder = join(out, r.code);
    delete index[r.code];
    if (r.exit !== EXIT.ok || !r.files) continue;
    if (found.blocked.has(r.code)) {
      io.err(`carrel render: ${folder}/ not written: a problem across sites concerns it (below)\n`);
      continue;
    }
    const file = found.members.find((m) => m.code === r.code)!.file;
    const written = writeOutput(folder, r.files, file, (note) =>
      io.err(`carrel render: ${note}\n`),
    );
    if (!written.ok) {
      io.err(`carrel render: ${written.message}\n`);
      exit = Math.max(exit, written.code);
      continue;
    }
    index[r.code] = { print: prints.get(r.code)!, ...(r.facts ? { facts: r.facts } : {}) };
    io.out(`Rendered ${r.files.length} files to ${folder}/ (${written.value.written} changed)\n`);
  }
  for (const code of skipped)
    io.out(
      `${join(out, code)}/ is up to date: nothing it is rendered from changed since the last render\n`,
    );
  printIssues(io.err, found.issues);
  try {
    writeRenderIndex(out, index);
  } catch {
    // Without the record, the next render renders every site again: slower, never wrong.
  }
  io.out(
    summary(
      {
        ...found,
        results: [
          ...found.results,
          ...skipped.map((code) => ({ code, exit: EXIT.ok, out: "", err: "" })),
        ],
      },
      "rendered",
    ),
  );
  return exit;
}

/** `carrel drift --running DIR` at the root: each site against `DIR/<code>/`. */
export async function driftAtRoot(run: RootRun, values: Values, io: Io): Promise<number> {
  if (typeof values.running !== "string")
    throw new UsageError(
      "give the folder of running configurations with --running DIR (a folder per site code)",
    );
  const running = values.running;
  const missing: string[] = [];
  const found = await runSites("drift", run, values, io, io.err, (m) => {
    const folder = join(running, m.code);
    if (!existsSync(folder)) {
      missing.push(m.code);
      return undefined;
    }
    return { kind: "drift", code: m.code, file: m.file, values: { ...values, running: folder } };
  });
  if (typeof found === "number") return found;
  printResults(io, found.results);
  for (const code of missing)
    io.err(
      `carrel drift: no running configurations for site ${code} (${join(running, code)}/); not checked\n`,
    );
  printIssues(io.err, found.issues);
  io.out(summary(found, "compliant"));
  return found.exit;
}

/** `carrel diff --base REF` at the root: each site's rendered files against the ref's. */
export async function diffAtRoot(run: RootRun, values: Values, io: Io): Promise<number> {
  const found = await runSites("diff", run, values, io, io.err);
  if (typeof found === "number") return found;
  for (const r of found.results) {
    const file = found.members.find((m) => m.code === r.code)?.file ?? r.code;
    io.out(values.markdown ? `### ${r.code} (${file})\n\n` : `== ${r.code} (${file})\n`);
    if (r.out) io.out(r.out);
    if (values.markdown) io.out("\n");
    if (r.err) io.err(r.err);
  }
  printIssues(io.err, found.issues);
  return found.exit;
}
