/**
 * `carrel init [DIR]`: starts a new library's repository. It writes a small valid
 * site.yaml, a stack config, a runbook, a template overrides folder and a README from the
 * answers, and beside them package.json (Carrel as a versioned dependency), the Pulumi
 * project whose program is Carrel's, and the workflows; then it generates the
 * documentation site, so the new repository validates, renders and documents at once.
 * Nothing of Carrel itself is copied: `npm install` brings it. site.yaml and the stack
 * settings are written with the `yaml` library, so that any name the library has comes
 * out as valid YAML.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { CONSORTIUM_FILE, readConsortium } from "../../consortium/consortium.ts";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import type { GeneratedFile } from "../../output/index.ts";
import { createEngine } from "../../render/index.ts";
import { formatIssue, validateText } from "../../site/index.ts";
import type { Command } from "../command.ts";
import {
  checkAnswers,
  flagFor,
  parseSections,
  SECTIONS,
  type InitAnswers,
  type Section,
} from "../init/answers.ts";
import { defaultCarrelSpec, repositoryFiles, TEMPLATES_README } from "../init/repository-files.ts";
import { initSiteYaml } from "../init/site-yaml.ts";
import { stageFolder } from "../init/staging.ts";
import { initStackYaml } from "../init/stack-yaml.ts";
import { EXIT, UsageError, type Io } from "../io.ts";
import { docsCommand } from "./docs.ts";

export type { InitAnswers } from "../init/answers.ts";

/**
 * The new repository's files: the library's own (site.yaml, stack settings, README, first
 * runbook, template overrides folder) and the repository's (package.json naming Carrel by
 * `carrelSpec`, Pulumi.yaml, workflows).
 */
export function initFiles(answers: InitAnswers, carrelSpec: string): GeneratedFile[] {
  const has = (s: Section) => answers.sections.includes(s);
  const context = {
    ...answers,
    vsphere: has("vsphere"),
    directory: has("directory"),
    azure: has("azure"),
  };
  const engine = createEngine();
  return [
    { path: "site.yaml", content: initSiteYaml(answers) },
    { path: `stacks/Pulumi.${answers.code}.yaml`, content: initStackYaml(answers) },
    { path: "README.md", content: engine.render("init/README.md", context) },
    {
      path: "runbooks/getting-started.md",
      content: engine.render("init/getting-started.md", context),
    },
    { path: "templates/README.md", content: TEMPLATES_README },
    ...repositoryFiles(`${answers.code}-infrastructure`, carrelSpec),
  ];
}

/** Why the new site is not valid, as the validator says it, naming the flag to change. */
function invalidAnswers(io: Io, shown: string, site: string, text: string): boolean {
  const validation = validateText(site, text);
  if (validation.valid) return false;
  const lines = validation.issues
    .filter((i) => i.severity === "error")
    .map((i) => {
      const flag = flagFor(i.path);
      return `  ${formatIssue({ ...i, file: shown })}${flag ? ` (from ${flag})` : ""}`;
    });
  io.err(
    `carrel init: these answers do not make a valid site, so nothing was created:\n${lines.join("\n")}\n`,
  );
  return true;
}

/**
 * Writes the new repository into `dir` (which must be empty or absent). Everything is
 * assembled in a staging folder, validated and documented there, and only then put in
 * place: a failure at any step leaves nothing behind.
 */
export async function initRepository(
  dir: string,
  answers: InitAnswers,
  io: Io,
  carrelSpec = defaultCarrelSpec(process.cwd()),
): Promise<number> {
  checkAnswers(answers);
  const target = resolve(dir);
  if (existsSync(target) && !statSync(target).isDirectory())
    throw new UsageError(`${dir} is a file; give a new or empty folder`);
  if (existsSync(target) && readdirSync(target).length > 0)
    throw new UsageError(`${dir} is not empty; give a new or empty folder`);
  let staging;
  try {
    staging = stageFolder(target);
  } catch (err) {
    io.err(`carrel init: cannot create ${dir} (${(err as NodeJS.ErrnoException).code ?? err})\n`);
    return EXIT.usage;
  }
  try {
    const files = initFiles(answers, carrelSpec);
    for (const file of files) {
      mkdirSync(dirname(join(staging.path, file.path)), { recursive: true });
      writeFileSync(join(staging.path, file.path), file.content);
    }
    // The new site must be valid from the first minute; then its docs are generated.
    const site = join(staging.path, "site.yaml");
    if (invalidAnswers(io, "site.yaml", site, files[0]!.content)) {
      staging.discard();
      return EXIT.usage;
    }
    const quiet: Io = { out: () => {}, err: io.err };
    const documented = await docsCommand.run(
      { values: { out: join(staging.path, "docs") }, positionals: [site] },
      quiet,
    );
    if (documented !== EXIT.ok) {
      io.err(
        "carrel init: the new site's documentation could not be written (above), so nothing was created\n",
      );
      staging.discard();
      return documented;
    }
    staging.commit();
  } catch (err) {
    staging.discard();
    if (err instanceof UsageError) throw err;
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    io.err(`carrel init: cannot create ${dir} (${reason}); nothing was created\n`);
    return EXIT.usage;
  }
  io.out(
    `Created ${answers.name}'s repository in ${dir}\n` +
      `Carrel is its dependency: "carrel": "${carrelSpec}" in package.json (change it with --carrel).\n` +
      `Next: cd ${dir} && npm install && npm test\n`,
  );
  return EXIT.ok;
}

/** The time zone a consortium's libraries inherit, if it sets one. */
function sharedTimezone(root: string): string | undefined {
  const file = join(root, CONSORTIUM_FILE);
  if (!existsSync(file))
    throw new UsageError(
      `--site adds a library to a consortium: there is no ${file} (start one with --consortium)`,
    );
  const read = readConsortium(file);
  const zone = read.ok ? read.consortium.data?.defaults.site?.timezone : undefined;
  return typeof zone === "string" ? zone : undefined;
}

async function ask(question: string, fallback: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ""}: `)).trim();
    return answer || fallback;
  } finally {
    rl.close();
  }
}

export const initCommand: Command = {
  name: "init",
  summary:
    "start a library's repository (or a consortium's, or add a library to one) with a valid site, stack, workflows and docs",
  usage:
    "[DIR] --name NAME --code CODE --domain DOMAIN [--timezone ZONE] [--sections vsphere,directory,azure|none] [--carrel NPM-SPEC]\n" +
    "       carrel init [DIR] --consortium --name NAME --code CODE [--timezone ZONE] [--carrel NPM-SPEC]\n" +
    "       carrel init [ROOT] --site CODE --name NAME --domain DOMAIN [--wan CIDR] [--timezone ZONE] [--sections ...]",
  maxPositionals: 1,
  options: {
    name: { type: "string" },
    code: { type: "string" },
    domain: { type: "string" },
    timezone: { type: "string" },
    sections: { type: "string" },
    carrel: { type: "string" },
    consortium: { type: "boolean" },
    site: { type: "string" },
    wan: { type: "string" },
  },
  async run({ values, positionals }, io) {
    const dir = positionals[0] ?? ".";
    if (values.consortium && values.site !== undefined)
      throw new UsageError(
        "--consortium starts a consortium's repository; add its sites afterwards with --site",
      );
    const flag = (key: string) =>
      typeof values[key] === "string" ? (values[key] as string) : undefined;
    const interactive = process.stdin.isTTY === true;
    const need = async (key: string, question: string, fallback = "") => {
      const given = flag(key);
      if (given !== undefined) return given;
      if (interactive) return ask(question, fallback);
      if (fallback) return fallback;
      throw new UsageError(`--${key} is required when not run in a terminal`);
    };
    const spec = flag("carrel");
    if (spec !== undefined && (!spec.trim() || /[\s"]/.test(spec)))
      throw new UsageError(
        `--carrel '${spec}' is not an npm dependency spec (a version, a git URL or a tarball)`,
      );
    if (values.consortium) {
      const name = await need("name", "The consortium's name");
      const code = await need("code", "Short code (lower-case)");
      const timezone = await need("timezone", "The libraries' usual time zone", "America/New_York");
      const { initConsortium } = await import("../init/consortium.ts");
      return initConsortium(
        dir,
        { name, code, timezone },
        io,
        spec ?? defaultCarrelSpec(process.cwd()),
      );
    }
    const site = flag("site");
    if (site !== undefined && flag("code") !== undefined && flag("code") !== site)
      throw new UsageError("--site names the new library's code; leave --code out");
    const shared = site !== undefined ? sharedTimezone(dir) : undefined;
    const name = await need("name", "The library's name");
    const code = site ?? (await need("code", "Short code (lower-case, used in resource names)"));
    const domain = await need("domain", "Internal DNS / Active Directory domain", `ad.${code}.org`);
    const timezone = await need("timezone", "Time zone", shared ?? "America/New_York");
    const sections = parseSections(await need("sections", "Sections to use", SECTIONS.join(",")));
    if (site !== undefined) {
      const { initMember } = await import("../init/member.ts");
      return initMember(dir, { name, code, domain, timezone, sections }, flag("wan"), io);
    }
    return initRepository(
      resolve(dir),
      { name, code, domain, timezone, sections },
      io,
      spec ?? defaultCarrelSpec(process.cwd()),
    );
  },
};
