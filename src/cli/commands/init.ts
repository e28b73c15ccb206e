/**
 * `carrel init [DIR]`: starts a new library's repository. It writes a small valid
 * site.yaml, a stack config, a runbook and a README from the answers, copies Carrel
 * itself (the command, templates, Pulumi program and workflows) beside them, and
 * generates the documentation site, so the new repository validates, renders and
 * documents at once.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { createEngine } from "../../render/index.ts";
import { didYouMean } from "../../site/suggest.ts";
import type { Command } from "../command.ts";
import { EXIT, UsageError, type Io } from "../io.ts";
import { docsCommand } from "./docs.ts";
import { validateCommand } from "./validate.ts";

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

const SECTIONS = ["vsphere", "directory", "azure"] as const;
type Section = (typeof SECTIONS)[number];

/** The answers a new repository is made from. */
export interface InitAnswers {
  readonly name: string;
  readonly code: string;
  readonly domain: string;
  readonly timezone: string;
  readonly sections: readonly Section[];
}

const CODE = /^[a-z][a-z0-9-]{1,15}$/;

function checkAnswers(a: InitAnswers): void {
  if (!a.name.trim()) throw new UsageError("--name must not be empty");
  if (!CODE.test(a.code))
    throw new UsageError(
      `--code '${a.code}' must be 2-16 characters: a lower-case letter, then lower-case letters, digits or hyphens`,
    );
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(a.domain))
    throw new UsageError(`--domain '${a.domain}' is not a DNS domain like ad.library.org`);
}

function parseSections(text: string): Section[] {
  if (text.trim() === "none") return [];
  return text.split(",").map((s) => {
    const name = s.trim().toLowerCase();
    if (!(SECTIONS as readonly string[]).includes(name))
      throw new UsageError(
        `unknown section '${name}' in --sections${didYouMean(name, SECTIONS) || `; use ${SECTIONS.join(", ")} or none`}`,
      );
    return name as Section;
  });
}

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

/** Writes the new repository into `dir` (which must be empty or absent). */
export async function initRepository(dir: string, answers: InitAnswers, io: Io): Promise<number> {
  checkAnswers(answers);
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new UsageError(`${dir} is not empty; give a new or empty folder`);
  mkdirSync(dir, { recursive: true });
  for (const path of CARREL_FILES) {
    const from = join(CARREL_ROOT, path);
    if (existsSync(from)) cpSync(from, join(dir, path), { recursive: true });
  }
  const has = (s: Section) => answers.sections.includes(s);
  const context = {
    ...answers,
    vsphere: has("vsphere"),
    directory: has("directory"),
    azure: has("azure"),
    groupPrefix: answers.code.toUpperCase(),
    storageAccount: `st${answers.code.replaceAll("-", "")}backup`,
  };
  const engine = createEngine();
  const files: [string, string][] = [
    ["site.yaml", "init/site.yaml"],
    ["README.md", "init/README.md"],
    [`stacks/Pulumi.${answers.code}.yaml`, "init/stack.yaml"],
    ["runbooks/getting-started.md", "init/getting-started.md"],
  ];
  for (const [path, template] of files) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), engine.render(template, context));
  }
  writeFileSync(join(dir, "package.json"), packageJson(answers.code));
  // The new site must be valid from the first minute; then its docs are generated.
  const site = join(dir, "site.yaml");
  const quiet: Io = { out: () => {}, err: io.err };
  // The commands themselves, not `main`: main lists init among its commands.
  const validated = await validateCommand.run({ values: {}, positionals: [site] }, quiet);
  if (validated !== EXIT.ok) return validated;
  const documented = await docsCommand.run(
    { values: { out: join(dir, "docs") }, positionals: [site] },
    quiet,
  );
  if (documented !== EXIT.ok) return documented;
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
