/**
 * `carrel init [DIR]`: starts a new library's repository. It writes a small valid
 * site.yaml, a stack config, a runbook and a README from the answers, copies Carrel
 * itself (the command, templates, Pulumi program and workflows) beside them, and
 * generates the documentation site, so the new repository validates, renders and
 * documents at once. site.yaml and the stack settings are written with the `yaml`
 * library, so that any name the library has comes out as valid YAML.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
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
import { initSiteYaml } from "../init/site-yaml.ts";
import { stageFolder } from "../init/staging.ts";
import { initStackYaml } from "../init/stack-yaml.ts";
import { EXIT, UsageError, type Io } from "../io.ts";
import { docsCommand } from "./docs.ts";

export type { InitAnswers } from "../init/answers.ts";

/** The folder Carrel itself lives in (this repository, or its copy). */
const CARREL_ROOT = resolve(import.meta.dirname, "../../..");

/** What a new library's repository takes from Carrel, as it is. */
const CARREL_FILES = [
  "bin",
  "src",
  "components",
  "templates",
  "schema",
  "Pulumi.yaml",
  "tsconfig.json",
  ".github/workflows",
  ".vscode",
  ".gitignore",
];

/** The package.json of the new repository: Carrel's dependencies, the library's scripts. */
function packageJson(code: string): string {
  const own = JSON.parse(readFileSync(join(CARREL_ROOT, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
    allowScripts?: Record<string, boolean>;
    main?: string;
  };
  const carrel = "node bin/carrel.mjs";
  const pkg = {
    name: `${code}-infrastructure`,
    private: true,
    type: "module",
    ...(own.main ? { main: own.main } : {}),
    bin: { carrel: "bin/carrel.mjs" },
    scripts: {
      start: `${carrel} validate site.yaml && ${carrel} render site.yaml --out out && ${carrel} docs site.yaml`,
      test: `${carrel} validate site.yaml && ${carrel} render site.yaml --out out && ${carrel} docs site.yaml --check`,
    },
    dependencies: own.dependencies,
    devDependencies: { node: own.devDependencies.node },
    ...(own.allowScripts ? { allowScripts: own.allowScripts } : {}),
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** The library's own files: site.yaml, stack settings, README, first runbook, package.json. */
export function initFiles(answers: InitAnswers): GeneratedFile[] {
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
    { path: "package.json", content: packageJson(answers.code) },
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
export async function initRepository(dir: string, answers: InitAnswers, io: Io): Promise<number> {
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
    for (const path of CARREL_FILES) {
      const from = join(CARREL_ROOT, path);
      if (existsSync(from)) cpSync(from, join(staging.path, path), { recursive: true });
    }
    const files = initFiles(answers);
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
      `Next: cd ${dir} && npm install && npx carrel validate site.yaml\n`,
  );
  return EXIT.ok;
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
  summary: "start a new library's repository with a valid site.yaml, stack, workflows and docs",
  usage:
    "[DIR] --name NAME --code CODE --domain DOMAIN [--timezone ZONE] [--sections vsphere,directory,azure|none]",
  maxPositionals: 1,
  options: {
    name: { type: "string" },
    code: { type: "string" },
    domain: { type: "string" },
    timezone: { type: "string" },
    sections: { type: "string" },
  },
  async run({ values, positionals }, io) {
    const dir = positionals[0] ?? ".";
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
    const name = await need("name", "The library's name");
    const code = await need("code", "Short code (lower-case, used in resource names)");
    const domain = await need("domain", "Internal DNS / Active Directory domain", `ad.${code}.org`);
    const timezone = await need("timezone", "Time zone", "America/New_York");
    const sections = parseSections(await need("sections", "Sections to use", SECTIONS.join(",")));
    return initRepository(resolve(dir), { name, code, domain, timezone, sections }, io);
  },
};
