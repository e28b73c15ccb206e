/**
 * One site's share of a command run at a consortium's root: validate, render, document,
 * check drift for one member (audit, when it lands, is one more case here and in root.ts), with what it prints captured and
 * its results returned as plain data, so it runs the same in a worker thread or in the
 * main one. The member is validated with what it inherits; the consortium-wide checks are
 * the caller's, once for all sites (from the facts each task returns).
 */
import { join } from "node:path";
import type { DocsDate } from "../../docs/index.ts";
import { siteFacts, type SiteFacts } from "../../consortium/facts.ts";
import type { GeneratedFile } from "../../output/index.ts";
import { parseSource, readSiteFile, type SiteSource } from "../../site/index.ts";
import type { CommandArgs } from "../command.ts";
import { EXIT, UsageError, type Io } from "../io.ts";
import { checkSite, loadSite } from "../load-site.ts";
import { hubSite, type HubSite } from "../../docs/hub/hub-site.ts";

/** The commands that act on every site of a consortium. */
export type SiteTaskKind = "validate" | "render" | "docs" | "summary" | "drift" | "diff";

/** One site's job. */
export interface SiteTask {
  readonly kind: SiteTaskKind;
  readonly code: string;
  readonly file: string;
  /** The command's flags, as the command itself would get them. */
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  /** docs: the pages' date, and the hub they link back to. */
  readonly asOf?: DocsDate;
  readonly hub?: { readonly name: string; readonly href: string };
}

/** What one site's job printed and made. */
export interface SiteResult {
  readonly code: string;
  readonly exit: number;
  readonly out: string;
  readonly err: string;
  /** For the consortium-wide checks; undefined when the file cannot be read. */
  readonly facts?: SiteFacts;
  /** render: the configurations; docs: the pages (paths inside the site's own folder). */
  readonly files?: readonly GeneratedFile[];
  /** docs: what the hub shows of the site. */
  readonly hub?: HubSite;
}

/** The facts of a site file, read on their own when the job did not parse it (invalid, say). */
function factsOf(task: SiteTask, source?: SiteSource): SiteFacts | undefined {
  if (source) return siteFacts(task.code, source);
  const read = readSiteFile(task.file);
  return read.ok ? siteFacts(task.code, parseSource(task.file, read.text)) : undefined;
}

/** What a job made besides its output: files, the hub's view, the parsed site file. */
interface Made {
  files?: GeneratedFile[];
  hub?: HubSite;
  source?: SiteSource;
}

async function work(task: SiteTask, io: Io, made: Made) {
  const args = { values: task.values, positionals: [task.file] } satisfies CommandArgs;
  switch (task.kind) {
    case "validate": {
      const loaded = checkSite(task.file, { ...task.values, report: true }, io);
      if (loaded.ok) made.source = loaded.validation.source;
      return loaded.ok ? EXIT.ok : loaded.code;
    }
    case "render": {
      const { renderedSite } = await import("../commands/render.ts");
      const rendered = renderedSite(task.file, task.values, io);
      if (!rendered.ok) return rendered.code;
      made.files = rendered.files;
      made.source = rendered.source;
      return EXIT.ok;
    }
    case "docs": {
      const { documentedSite, previousLayout } = await import("../commands/docs.ts");
      // The site's own folder in the consortium's docs holds its earlier layout.
      const out = typeof task.values.out === "string" ? task.values.out : "docs";
      // (not for --check, which judges that folder: see the docs command)
      const layout = task.values.check ? undefined : previousLayout(join(out, task.code));
      const documented = await documentedSite(task.file, task.values, io, {
        ...(task.asOf ? { asOf: task.asOf } : {}),
        ...(task.hub ? { hub: task.hub } : {}),
        ...(layout !== undefined ? { previousLayout: layout } : {}),
      });
      if (!documented.ok) return documented.code;
      made.files = documented.files;
      made.source = documented.source;
      made.hub = hubSite(task.code, task.file, documented.model);
      return EXIT.ok;
    }
    case "summary": {
      // What the hub shows of a site whose pages are not written this time.
      const loaded = loadSite(task.file, task.values, io);
      if (!loaded.ok) return loaded.code;
      made.hub = hubSite(task.code, task.file, loaded.model);
      made.source = loaded.validation.source;
      return EXIT.ok;
    }
    case "drift":
      return (await import("../commands/drift.ts")).driftCommand.run(args, io);
    case "diff":
      return (await import("../commands/diff.ts")).diffCommand.run(args, io);
    default: {
      const never: never = task.kind;
      throw new Error(`unknown site task ${String(never)}`);
    }
  }
}

/** Runs one site's job; never throws (a bug is reported as the main command would). */
export async function runSiteTask(task: SiteTask): Promise<SiteResult> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t) };
  const made: Made = {};
  let exit: number;
  try {
    exit = await work(task, io, made);
  } catch (e) {
    if (e instanceof UsageError) {
      err += `carrel ${task.kind}: ${e.message}\n`;
      exit = EXIT.usage;
    } else {
      err += `carrel ${task.kind}: internal error with ${task.file}: ${(e as Error).message ?? String(e)}\nThis is a bug in Carrel, not in your site file. Please report it with the command you ran.\n`;
      exit = EXIT.internal;
    }
  }
  const { source, ...kept } = made;
  const facts = factsOf(task, source);
  return { code: task.code, exit, out, err, ...(facts ? { facts } : {}), ...kept };
}
