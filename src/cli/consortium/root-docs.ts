/**
 * `carrel docs` at a consortium's root: one documentation site, the hub (`docs/index.html`,
 * its CSV downloads) with each library's own pages under `docs/<code>/`, written in one go
 * (or compared, with `--check`). With `--site`, only those libraries' pages are built again;
 * the others' are kept as they are on disk, and the hub is built from every library. A
 * library whose pages cannot be built this time keeps its earlier pages.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readConsortium } from "../../consortium/consortium.ts";
import type { DocsDate } from "../../docs/index.ts";
import { buildHub } from "../../docs/hub/hub.ts";
import type { HubSite } from "../../docs/hub/hub-site.ts";
import { compareFolder, siteStamp, type GeneratedFile } from "../../output/index.ts";
import { readSiteFile } from "../../site/index.ts";
import type { CommandArgs } from "../command.ts";
import { EXIT, type Io } from "../io.ts";
import { writeOutput } from "../pipeline.ts";
import { docsDate, lastCommitDay } from "../site-date.ts";
import { printIssues, printResults, runSites, summary } from "./root.ts";
import type { RootRun } from "./root-run.ts";
import { filesUnder } from "./sites.ts";

/** A member's pages as they are in the docs folder now (to keep them). */
function pagesOnDisk(out: string, code: string): GeneratedFile[] {
  const folder = join(out, code);
  return filesUnder(folder)
    .filter((p) => !p.startsWith(".carrel"))
    .map((p) => ({ path: `${code}/${p}`, content: readFileSync(join(folder, p), "utf8") }));
}

/**
 * The date a member's pages are as of: `--date`, else the later of the last commits of its
 * site file and of consortium.yaml (what it inherits counts too).
 */
function memberDate(
  file: string,
  consortium: string,
  given: string | undefined,
): DocsDate | undefined {
  if (given !== undefined) return docsDate(file, given);
  const own = lastCommitDay(file);
  const shared = lastCommitDay(consortium);
  if (!own && !shared) return undefined;
  return (shared ?? "") > (own ?? "")
    ? { date: shared!, source: `the last commit of ${consortium}` }
    : { date: own!, source: "the last commit of site.yaml" };
}

/** Writes (or checks) the consortium's documentation. */
export async function docsAtRoot(
  run: RootRun,
  values: CommandArgs["values"],
  io: Io,
): Promise<number> {
  if (values.serve) {
    io.err(
      "carrel docs: --serve previews one library's site, not a consortium's; " +
        "write the consortium's docs with carrel docs and open docs/index.html\n",
    );
    return EXIT.usage;
  }
  const out = typeof values.out === "string" ? values.out : "docs";
  const given = typeof values.date === "string" ? values.date : undefined;
  const only = run.only;
  const read = readConsortium(run.file);
  const hub = {
    name: (read.ok && read.consortium.data?.consortium.name) || "the consortium",
    href: "../index.html",
  };
  const found = await runSites("docs", { file: run.file }, values, io, io.err, (m) => {
    const asOf = memberDate(m.file, run.file, given);
    if (only && !only.includes(m.code))
      return { kind: "summary", code: m.code, file: m.file, values: { strict: values.strict } };
    return {
      kind: "docs",
      code: m.code,
      file: m.file,
      values,
      ...(asOf ? { asOf } : {}),
      hub,
    };
  });
  if (typeof found === "number") return found;
  const data = found.consortium.data!;
  printResults(io, found.results);
  const files: GeneratedFile[] = [];
  const sites: HubSite[] = [];
  const missing: { code: string; file: string }[] = [];
  for (const r of found.results) {
    const file = found.members.find((m) => m.code === r.code)!.file;
    if (r.hub) sites.push(r.hub);
    const fresh = r.exit === EXIT.ok && r.files && !found.blocked.has(r.code);
    if (fresh)
      files.push(...r.files!.map((f) => ({ path: `${r.code}/${f.path}`, content: f.content })));
    else {
      // Not built this time: the pages written before stay.
      const kept = pagesOnDisk(out, r.code);
      files.push(...kept);
      if (!r.hub) missing.push({ code: r.code, file });
      if (r.exit !== EXIT.ok && kept.length > 0)
        io.err(
          `carrel docs: ${join(out, r.code)}/ keeps its earlier pages: ${file} could not be documented (above)\n`,
        );
    }
  }
  const consortiumText = readSiteFile(run.file);
  const asOf = given !== undefined ? docsDate(run.file, given) : docsDate(run.file, undefined);
  files.push(
    ...buildHub({
      consortium: data,
      sites,
      missing,
      stamp: siteStamp(run.file, consortiumText.ok ? consortiumText.text : ""),
      ...(asOf ? { asOf } : {}),
    }),
  );
  printIssues(io.err, found.issues);
  if (values.check) {
    const { missing: absent, stale, extra } = compareFolder(out, files);
    const problems = [
      ...stale.map((p) => `  differs: ${p}`),
      ...absent.map((p) => `  missing: ${p}`),
      ...extra.map((p) => `  should not be there: ${p}`),
    ];
    if (problems.length === 0) {
      io.out(`${out} is up to date (${files.length} files)\n`);
      return found.exit;
    }
    io.err(`${out} is out of date with the site files:\n${problems.slice(0, 50).join("\n")}\n`);
    if (problems.length > 50) io.err(`  ... and ${problems.length - 50} more\n`);
    io.err(`Regenerate it with: carrel docs --out ${out}\n`);
    return Math.max(found.exit, EXIT.invalid);
  }
  const written = writeOutput(out, files, run.file, (note) => io.err(`carrel docs: ${note}\n`));
  if (!written.ok) {
    io.err(`carrel docs: ${written.message}\n`);
    return written.code;
  }
  const shown = out.endsWith("/") ? out : `${out}/`;
  io.out(
    `Wrote the documentation of ${sites.length} ${sites.length === 1 ? "library" : "libraries"} and their hub to ${shown}: ${files.length} files (${written.value.written} changed)\n`,
  );
  io.out(summary(found, "documented"));
  return found.exit;
}
