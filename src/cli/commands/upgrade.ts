/**
 * `carrel upgrade SPEC`: moves a library's repository to another version of Carrel, and
 * says what the new version renders differently. It renders every site with the Carrel
 * installed now, installs the new one (`npm install SPEC`: a version, a git URL with a tag,
 * or a tarball), renders again with the new one, and prints the differences, file by file.
 * When the new version cannot render a site, package.json and package-lock.json are put
 * back and `npm ci` restores the previous version.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { GeneratedFile } from "../../output/index.ts";
import { siteStamp } from "../../output/index.ts";
import { carrelPath } from "../../package-root.ts";
import type { Command } from "../command.ts";
import { filesUnder, repositorySites, type RepositorySite } from "../consortium/sites.ts";
import { carrelPackage } from "../init/repository-files.ts";
import { EXIT, UsageError, type Io } from "../io.ts";
import { loadSite } from "../load-site.ts";
import { renderConfigs } from "../pipeline.ts";
import { changesMarkdown, compareRendered, type FileChange } from "./diff.ts";

/** One site rendered by the Carrel installed before the upgrade. */
interface Before {
  readonly site: RepositorySite;
  readonly files: GeneratedFile[];
  readonly note?: string;
  /** The site's template overrides, with Carrel's own text of each before the upgrade. */
  readonly overrides: ReadonlyMap<string, string | undefined>;
}

const quiet: Io = { out: () => {}, err: () => {} };

function renderBefore(site: RepositorySite): Before {
  const loaded = loadSite(site.file, {}, quiet);
  if (!loaded.ok)
    return { site, files: [], note: "not valid with this version", overrides: new Map() };
  const stamp = siteStamp(site.file, loaded.validation.source.text);
  const rendered = renderConfigs(site.file, loaded.model, stamp);
  const overrides = new Map<string, string | undefined>();
  if (loaded.model.site.templates) {
    const folder = resolve(site.file, "..", loaded.model.site.templates);
    for (const path of filesUnder(folder).filter((p) => p.endsWith(".hbs"))) {
      const own = carrelPath("templates", path);
      overrides.set(path, existsSync(own) ? readFileSync(own, "utf8") : undefined);
    }
  }
  if (!rendered.ok) return { site, files: [], note: rendered.message, overrides };
  return { site, files: rendered.value, overrides };
}

/** Runs npm; false when it failed (it has said why on stderr). */
function npm(args: readonly string[]): boolean {
  const run = spawnSync("npm", [...args, "--no-audit", "--no-fund"], {
    stdio: ["ignore", process.stderr, process.stderr],
  });
  return run.status === 0;
}

/** What the new Carrel renders for a site, or its messages when it cannot. */
function renderAfter(site: RepositorySite, scratch: string, index: number) {
  const out = join(scratch, String(index));
  const run = spawnSync(
    process.execPath,
    ["node_modules/carrel/bin/carrel.mjs", "render", site.file, "--out", out],
    { encoding: "utf8" },
  );
  if (run.status !== 0) return { ok: false as const, message: run.stderr + run.stdout };
  const files = filesUnder(out)
    .filter((p) => !p.startsWith("."))
    .map((path) => ({ path, content: readFileSync(join(out, path), "utf8") }));
  return { ok: true as const, files };
}

/** Refuses to run anywhere but a library's repository, with the repository's own Carrel. */
function checkRepository(): void {
  if (!existsSync("package.json"))
    throw new UsageError(
      "run carrel upgrade in a library's repository (its package.json names carrel)",
    );
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
    name?: string;
    dependencies?: Record<string, string>;
  };
  if (pkg.name === "carrel")
    throw new UsageError("this is Carrel's own repository; upgrade a library's repository instead");
  if (!pkg.dependencies?.carrel)
    throw new UsageError(
      "package.json does not name carrel as a dependency; is this a library's repository?",
    );
  const installed = resolve("node_modules", "carrel");
  if (!existsSync(installed) || realpathSync(installed) !== realpathSync(carrelPath()))
    throw new UsageError(
      "run the repository's own Carrel (npx carrel upgrade ...), after npm ci, so the comparison starts from the version it uses",
    );
}

function report(
  io: Io,
  site: RepositorySite,
  changes: FileChange[],
  markdown: boolean,
  many: boolean,
) {
  if (markdown) {
    if (many) io.out(`### ${site.code ?? site.file}\n\n`);
    io.out(changesMarkdown(changes));
    return;
  }
  for (const c of changes) io.out(c.patch);
  const where = many ? `${site.file}: ` : "";
  io.out(
    changes.length === 0
      ? `${where}no rendered file differs\n`
      : `${where}${changes.length} rendered ${changes.length === 1 ? "file differs" : "files differ"}: ${changes.map((c) => c.path).join(", ")}\n`,
  );
}

/** package.json's dependencies other than carrel, as one comparable text. */
function otherDependencies(text: string | undefined): string {
  if (text === undefined) return "";
  const data = JSON.parse(text) as Record<string, Record<string, string> | undefined>;
  const kinds = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
  return JSON.stringify(
    kinds.map((kind) =>
      Object.entries(data[kind] ?? {})
        .filter(([name]) => name !== "carrel")
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  );
}

export const upgradeCommand: Command = {
  name: "upgrade",
  summary: "move this repository to another Carrel version and show what it renders differently",
  usage: "SPEC [--markdown]   (SPEC: a version, a git URL with a tag, or a tarball)",
  maxPositionals: 1,
  options: { markdown: { type: "boolean" } },
  run({ values, positionals }, io) {
    const spec = positionals[0];
    if (spec === undefined)
      throw new UsageError(
        "give the version to move to, e.g. carrel upgrade github:OWNER/carrel#v0.3.0",
      );
    if (spec.startsWith("-") || /[\s\p{Cc}]/u.test(spec))
      throw new UsageError(`'${spec}' is not an npm dependency spec`);
    checkRepository();
    const from = carrelPackage().version;
    const sites = repositorySites(".");
    const before = sites.map(renderBefore);
    const saved = ["package.json", "package-lock.json"]
      .filter((f) => existsSync(f))
      .map((f) => ({ f, text: readFileSync(f, "utf8") }));
    const restore = (why: string) => {
      for (const { f, text } of saved) writeFileSync(f, text);
      io.err(`carrel upgrade: ${why}; package.json and package-lock.json are back as they were\n`);
      npm(["ci"]);
      return EXIT.invalid;
    };
    io.err(`carrel upgrade: installing ${spec} (Carrel ${from} now)\n`);
    // Named as carrel, always: npm reads a bare `0.3.0` or `lodash` as another package's name.
    const target = spec.startsWith("carrel@") ? spec : `carrel@${spec}`;
    if (!npm(["install", target])) return restore(`npm could not install ${spec}`);
    const others = otherDependencies(saved.find((s) => s.f === "package.json")?.text);
    if (others !== otherDependencies(readFileSync("package.json", "utf8")))
      return restore(`installing ${spec} changed other dependencies than carrel`);
    const installed = JSON.parse(readFileSync("node_modules/carrel/package.json", "utf8")) as {
      name?: string;
      version?: string;
    };
    if (installed.name !== "carrel")
      return restore(`${spec} is the package '${installed.name}', not carrel`);
    const scratch = mkdtempSync(join(tmpdir(), "carrel-upgrade-"));
    try {
      const markdown = values.markdown === true;
      if (markdown) io.out(`## Carrel ${from} → ${installed.version}: rendered files\n\n`);
      let differ = 0;
      for (const [i, b] of before.entries()) {
        const after = renderAfter(b.site, scratch, i);
        if (!after.ok)
          return restore(
            `Carrel ${installed.version} does not render ${b.site.file}:\n${after.message.trimEnd()}`,
          );
        if (b.note)
          io.err(
            `carrel upgrade: ${b.site.file} did not render with Carrel ${from} (${b.note}); every file is shown as new\n`,
          );
        const changes = compareRendered(b.files, after.files);
        differ += changes.length;
        report(io, b.site, changes, markdown, sites.length > 1);
        for (const [path, old] of b.overrides) {
          const now = carrelPath("templates", path);
          const text = existsSync(join("node_modules/carrel/templates", path))
            ? readFileSync(join("node_modules/carrel/templates", path), "utf8")
            : undefined;
          if (text !== old)
            io.err(
              `carrel upgrade: ${b.site.file}'s template ${path} overrides one that Carrel ${installed.version} changed; compare it with ${now}\n`,
            );
        }
      }
      io.err(
        `Carrel ${from} → ${installed.version}: ${differ} rendered ${differ === 1 ? "file differs" : "files differ"}.\n` +
          "Next: npx carrel docs (the documentation pages change with the version), review, and commit\n" +
          "package.json, package-lock.json and docs/; the pull request shows pulumi preview for each stack.\n",
      );
      return EXIT.ok;
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  },
};
