/**
 * `carrel init DIR --consortium`: a repository for several libraries. It writes
 * consortium.yaml (no library yet: `carrel init --site` adds them), package.json with Carrel
 * as a versioned dependency, the Pulumi project, the workflows and a README, and the
 * documentation hub; assembled in a staging folder and put in place only when whole.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createEngine } from "../../render/index.ts";
import { EXIT, UsageError, type Io } from "../io.ts";
import { checkAnswers } from "./answers.ts";
import { initConsortiumYaml, type ConsortiumAnswers } from "./consortium-yaml.ts";
import { repositoryFiles } from "./repository-files.ts";
import { stageFolder } from "./staging.ts";

const quiet = (io: Io): Io => ({ out: () => {}, err: io.err });

/** Writes a new consortium repository into `dir` (new or empty). */
export async function initConsortium(
  dir: string,
  answers: ConsortiumAnswers,
  io: Io,
  carrelSpec: string,
): Promise<number> {
  checkAnswers({ ...answers, domain: "consortium.example.org", sections: [] });
  const target = resolve(dir);
  if (existsSync(target) && !statSync(target).isDirectory())
    throw new UsageError(`${dir} is a file; give a new or empty folder`);
  if (existsSync(target) && readdirSync(target).length > 0)
    throw new UsageError(`${dir} is not empty; give a new or empty folder`);
  const staging = stageFolder(target);
  try {
    const files = [
      { path: "consortium.yaml", content: initConsortiumYaml(answers) },
      {
        path: "README.md",
        content: createEngine().render("init/consortium-README.md", { name: answers.name }),
      },
      ...repositoryFiles(`${answers.code}-infrastructure`, carrelSpec),
    ];
    for (const f of files) {
      mkdirSync(dirname(join(staging.path, f.path)), { recursive: true });
      writeFileSync(join(staging.path, f.path), f.content);
    }
    const { docsAtRoot } = await import("../consortium/root-docs.ts");
    const documented = await docsAtRoot(
      { file: join(staging.path, "consortium.yaml") },
      { out: join(staging.path, "docs") },
      quiet(io),
    );
    if (documented !== EXIT.ok) {
      staging.discard();
      io.err(
        "carrel init: the consortium's documentation could not be written (above), so nothing was created\n",
      );
      return documented;
    }
    staging.commit();
  } catch (err) {
    staging.discard();
    if (err instanceof UsageError) throw err;
    io.err(
      `carrel init: cannot create ${dir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); nothing was created\n`,
    );
    return EXIT.usage;
  }
  io.out(
    `Created ${answers.name}'s repository in ${dir}\n` +
      `Next: cd ${dir} && npm install && npx carrel init --site CODE --name "Library" --domain ad.library.org\n`,
  );
  return EXIT.ok;
}
