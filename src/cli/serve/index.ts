/**
 * `carrel docs --serve`: the documentation site served on this machine while it is being
 * written. It builds the pages in memory, serves them at http://127.0.0.1:PORT/, and builds
 * again whenever the site file, a runbook or a template changes; open pages then reload.
 * A change that makes the site invalid prints the problems and keeps the last good build.
 * Ctrl-C (or SIGTERM) stops it, exit code 0.
 */
import { dirname, resolve } from "node:path";
import { forgetDocsTemplates } from "../../docs/templates.ts";
import { BUILTIN_TEMPLATES } from "../../render/engine.ts";
import type { GeneratedFile } from "../../output/index.ts";
import { markdownPaths, type SiteModel } from "../../site/index.ts";
import type { CommandArgs } from "../command.ts";
import { EXIT, type Io } from "../io.ts";
import { templateFolders } from "../templates.ts";
import { loopbackHost, startPreviewServer, type PreviewServer } from "./server.ts";
import { watchInputs, type WatchList } from "./watch.ts";

/** The port the preview listens on unless `--port` says otherwise. */
export const DEFAULT_PORT = 8300;

/** The port `--port` gives, or undefined when it is not one. */
function portOf(value: unknown): number | undefined {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  return typeof value === "string" && /^\d{1,5}$/.test(value) && port <= 65535 ? port : undefined;
}

/** What a build of the site is made from, to watch. */
function inputsOf(file: string, model: SiteModel | undefined, flag: unknown): WatchList {
  const dir = dirname(resolve(file));
  const templates = model ? templateFolders(file, model.site.templates, flag) : undefined;
  return {
    files: [file, ...(model ? markdownPaths(model.site).map((p) => resolve(dir, p)) : [])],
    folders: [BUILTIN_TEMPLATES, ...(templates?.ok ? templates.folders : [])],
  };
}

/** Builds a site's pages (`documentedSite`), or says it cannot, with the problems printed. */
export type DocsBuilder = () => Promise<
  { ok: true; files: readonly GeneratedFile[]; model: SiteModel } | { ok: false }
>;

/** Builds the pages; undefined when the site cannot be built. */
async function build(
  builder: DocsBuilder,
): Promise<{ files: Map<string, string>; model: SiteModel } | undefined> {
  const built = await builder();
  if (!built.ok) return undefined;
  return { files: new Map(built.files.map((f) => [f.path, f.content])), model: built.model };
}

/** How many files differ between two builds. */
function differing(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): number {
  let n = 0;
  for (const [path, content] of b) if (a.get(path) !== content) n++;
  for (const path of a.keys()) if (!b.has(path)) n++;
  return n;
}

/**
 * Runs the preview of `file` until Ctrl-C or SIGTERM; resolves to the exit code. `builder`
 * builds the pages from the files as they are at the time.
 */
export async function serveDocs(
  file: string,
  values: CommandArgs["values"],
  io: Io,
  builder: DocsBuilder,
): Promise<number> {
  const host = loopbackHost(typeof values.host === "string" ? values.host : "127.0.0.1");
  if (!host.ok) {
    io.err(`carrel docs: ${host.message}\n`);
    return EXIT.usage;
  }
  const port = portOf(values.port);
  if (port === undefined) {
    io.err(
      `carrel docs: --port ${String(values.port)} is not a port number (0 to 65535; 0 picks a free one)\n`,
    );
    return EXIT.usage;
  }
  const first = await build(builder);
  if (!first) return EXIT.invalid;
  let current = first.files;
  let server: PreviewServer;
  try {
    server = await startPreviewServer(host.host, port, () => current);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    io.err(
      code === "EADDRINUSE"
        ? `carrel docs: port ${port} is in use; choose another with --port (0 picks a free one)\n`
        : `carrel docs: cannot listen on ${host.host}:${port} (${code ?? (err as Error).message})\n`,
    );
    return EXIT.usage;
  }
  io.out(
    `Serving the documentation of ${file} at ${server.url} (${current.size} files; Ctrl-C to stop)\n`,
  );

  let building = false;
  // Changes seen while a build runs: one more build follows, with all their paths.
  let waiting: string[] | undefined;
  const rebuild = async (paths: readonly string[]): Promise<void> => {
    if (building) {
      waiting = [...(waiting ?? []), ...paths];
      return;
    }
    building = true;
    try {
      // A changed template must be read again; Carrel keeps the docs templates compiled.
      if (paths.some((p) => p.startsWith(resolve(BUILTIN_TEMPLATES)))) forgetDocsTemplates();
      const start = process.hrtime.bigint();
      const next = await build(builder);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (next) {
        const changed = differing(current, next.files);
        current = next.files;
        watcher.update(inputsOf(file, next.model, values.templates));
        io.out(
          `Rebuilt in ${ms.toFixed(0)} ms: ${changed} file${changed === 1 ? "" : "s"} changed\n`,
        );
        if (changed > 0) server.reload();
      } else {
        io.err(
          "carrel docs: still serving the last build that worked; fix the site file and save it\n",
        );
      }
    } catch (err) {
      // The preview keeps running: the next save may well fix it.
      io.err(
        `carrel docs: the rebuild failed (${(err as Error).message}); still serving the last build\n`,
      );
    } finally {
      building = false;
    }
    if (waiting) {
      const next = waiting;
      waiting = undefined;
      await rebuild(next);
    }
  };
  const watcher = watchInputs(inputsOf(file, first.model, values.templates), (paths) => {
    void rebuild(paths);
  });

  return new Promise((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      watcher.close();
      void server.close().then(() => {
        io.out("Stopped the documentation preview\n");
        done(EXIT.ok);
      });
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
