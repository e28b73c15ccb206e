/**
 * `carrel init --site CODE` at a consortium's root: a new member library. It writes
 * `sites/<code>/` (site.yaml, a runbook, a template overrides folder), the library's Pulumi
 * stack (`stacks/Pulumi.<code>.yaml`, naming its site file) and its entry in consortium.yaml,
 * with its share of the address plan (`--wan`, or the next free /16 of 10.0.0.0/8). The
 * site is written without what it inherits (the time zone, unless `--timezone` is given),
 * on addresses from its allocation, and is validated with the consortium's defaults before
 * anything is written: answers that make no valid member leave no trace.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { CONSORTIUM_FILE, parseConsortium } from "../../consortium/consortium.ts";
import { consortiumInheritance } from "../../consortium/inherit.ts";
import { planNetworks } from "../../consortium/plan.ts";
import { writeFileAtomic } from "../../output/write-file.ts";
import { createEngine } from "../../render/index.ts";
import { cidrsOverlap, formatIp, parseCidr } from "../../site/net/ipv4.ts";
import { formatIssue, readSiteFile, validateText } from "../../site/index.ts";
import { EXIT, UsageError, type Io } from "../io.ts";
import { checkAnswers, flagFor, type AddressPlan, type InitAnswers } from "./answers.ts";
import { addMember } from "./consortium-yaml.ts";
import { TEMPLATES_README } from "./repository-files.ts";
import { initSiteYaml } from "./site-yaml.ts";
import { stageFolder } from "./staging.ts";
import { initStackYaml } from "./stack-yaml.ts";

/** The four VLANs' networks inside an allocation (a /22 or larger). */
export function planIn(allocation: string): AddressPlan | undefined {
  const cidr = parseCidr(allocation);
  if (!cidr || cidr.prefix > 22) return undefined;
  const octets = formatIp(cidr.network).split(".");
  // A /16 or larger keeps the usual pattern: x.y.10.0, x.y.20.0, x.y.30.0, x.y.40.0.
  if (cidr.prefix <= 16) {
    const [a, b] = octets;
    return {
      servers: `${a}.${b}.10`,
      staff: `${a}.${b}.20`,
      public: `${a}.${b}.30`,
      management: `${a}.${b}.40`,
    };
  }
  const nth = (k: number) =>
    formatIp(cidr.network + k * 256)
      .split(".")
      .slice(0, 3)
      .join(".");
  return { servers: nth(0), staff: nth(1), public: nth(2), management: nth(3) };
}

/** The next /16 of 10.0.0.0/8 that no part of the plan touches. */
export function nextAllocation(taken: readonly string[]): string | undefined {
  const used = taken.map(parseCidr).filter((c) => c !== undefined);
  for (let second = 1; second < 256; second++) {
    const candidate = parseCidr(`10.${second}.0.0/16`)!;
    if (!used.some((u) => cidrsOverlap(u, candidate))) return `10.${second}.0.0/16`;
  }
  return undefined;
}

/** Adds a member library to the consortium in `root`. */
export function initMember(
  root: string,
  answers: InitAnswers,
  wan: string | undefined,
  io: Io,
): number {
  checkAnswers(answers);
  const file = join(root, CONSORTIUM_FILE);
  const read = readSiteFile(file);
  if (!read.ok) throw new UsageError(`--site adds a library to a consortium: ${read.message}`);
  const consortium = parseConsortium(file, read.text);
  if (!consortium.data)
    throw new UsageError(
      `${file} is not valid (run carrel validate there); fix it before adding a site`,
    );
  if (consortium.data.sites.some((s) => s.code === answers.code))
    throw new UsageError(`${file} already lists a site '${answers.code}'`);
  const folder = join(root, "sites", answers.code);
  if (existsSync(folder) && readdirSync(folder).length > 0)
    throw new UsageError(`${folder} is not empty; choose another --code`);
  const stack = join(root, "stacks", `Pulumi.${answers.code}.yaml`);
  if (existsSync(stack)) throw new UsageError(`${stack} already exists; choose another --code`);
  const allocation = wan ?? nextAllocation(planNetworks(consortium.data).map((n) => n.text));
  if (!allocation)
    throw new UsageError("no free /16 left in 10.0.0.0/8; give the allocation with --wan");
  const plan = planIn(allocation);
  if (!plan)
    throw new UsageError(
      `--wan '${allocation}' is not a network of at least /22 (like 10.40.0.0/16)`,
    );

  // The consortium as it will be, to validate the new member with what it inherits.
  const consortiumText = addMember(read.text, answers.code, allocation);
  const next = parseConsortium(
    file,
    consortiumText,
    (path) => path === join(folder, "site.yaml") || existsSync(path),
  );
  const index = consortium.data.sites.length;
  const planProblems = next.issues.filter((i) => i.severity === "error");
  if (planProblems.length > 0) {
    // The entry is not written yet: its problems are the flag's.
    const lines = planProblems.map((i) =>
      i.path[0] === "sites" && i.path[1] === index
        ? `  --wan ${allocation}: ${i.message}`
        : `  ${formatIssue(i)}`,
    );
    io.err(
      `carrel init: the new site does not fit the consortium, so nothing was created:\n${lines.join("\n")}\n`,
    );
    return EXIT.usage;
  }
  const shared = consortium.data.defaults.site?.timezone;
  const inherits =
    typeof shared === "string" && answers.timezone === shared ? (["timezone"] as const) : [];
  const site = { ...answers, plan, inherits };
  const staging = stageFolder(folder);
  let wroteStack = false;
  try {
    const context = {
      ...site,
      vsphere: site.sections.includes("vsphere"),
      directory: site.sections.includes("directory"),
      azure: site.sections.includes("azure"),
    };
    const siteText = initSiteYaml(site);
    const files = [
      { path: "site.yaml", content: siteText },
      {
        path: "runbooks/getting-started.md",
        content: createEngine().render("init/getting-started.md", context),
      },
      { path: "templates/README.md", content: TEMPLATES_README },
    ];
    for (const f of files) {
      mkdirSync(dirname(join(staging.path, f.path)), { recursive: true });
      writeFileSync(join(staging.path, f.path), f.content);
    }
    const inherit = consortiumInheritance(next);
    const validation = validateText(
      join(staging.path, "site.yaml"),
      siteText,
      inherit ? { inherit } : {},
    );
    const errors = validation.issues.filter((i) => i.severity === "error");
    if (errors.length > 0) {
      staging.discard();
      const shown = join("sites", answers.code, "site.yaml");
      io.err(
        `carrel init: these answers do not make a valid site, so nothing was created:\n${errors
          .map((i) => {
            const from = flagFor(i.path);
            const where = i.file === file ? i : { ...i, file: shown };
            return `  ${formatIssue(where)}${from ? ` (from ${from})` : ""}`;
          })
          .join("\n")}\n`,
      );
      return EXIT.usage;
    }
    mkdirSync(dirname(stack), { recursive: true });
    writeFileSync(stack, initStackYaml(answers, `sites/${answers.code}/site.yaml`), { flag: "wx" });
    wroteStack = true;
    staging.commit();
    writeFileAtomic(file, consortiumText);
  } catch (err) {
    staging.discard();
    if (wroteStack) rmSync(stack, { force: true });
    if (err instanceof UsageError) throw err;
    io.err(
      `carrel init: cannot add ${answers.code} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); nothing was created\n`,
    );
    return EXIT.usage;
  }
  io.out(
    `Added ${answers.name} to ${file} as sites/${answers.code}/, with the WAN allocation ${allocation} and the stack stacks/Pulumi.${answers.code}.yaml\n` +
      "Next: npx carrel validate && npx carrel docs (the hub lists it), then commit.\n",
  );
  return EXIT.ok;
}
