/**
 * `carrel stacks [--changed-since REF] [--json]`: the Pulumi stacks of this repository, for
 * the workflows' matrices. One site: every `stacks/Pulumi.<stack>.yaml` (not the imports
 * files). A consortium: a stack per member (`stacks/Pulumi.<code>.yaml`), in consortium.yaml's
 * order; with `--changed-since`, only the members whose own files changed since that ref
 * (their folder, their stack and imports files), or what they inherit (consortium.yaml's
 * defaults, their entry in it), or Carrel (package.json, package-lock.json, Pulumi.yaml).
 */
import { existsSync, readdirSync } from "node:fs";
import { join, posix } from "node:path";
import { parse } from "yaml";
import { CONSORTIUM_FILE, readConsortium } from "../../consortium/consortium.ts";
import type { Command } from "../command.ts";
import { EXIT, type Io } from "../io.ts";
import { changedSince, commitIn, textAt } from "../site-at-ref.ts";

/** Files that change what every stack deploys: Carrel's version and the Pulumi project. */
const EVERY_STACK = ["package.json", "package-lock.json", "Pulumi.yaml"];

/** The stacks of a single-site repository. */
function stackFiles(): string[] {
  if (!existsSync("stacks")) return [];
  return readdirSync("stacks")
    .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined && !s.endsWith(".imports"))
    .sort();
}

/** A value of consortium.yaml as JSON, to compare two versions of it. */
function part(text: string | undefined, pick: (data: Record<string, unknown>) => unknown): string {
  try {
    const data = (text === undefined ? {} : parse(text)) as Record<string, unknown> | null;
    return JSON.stringify(pick(data ?? {}) ?? null);
  } catch {
    return "unreadable";
  }
}

const entryOf = (code: string) => (data: Record<string, unknown>) =>
  (Array.isArray(data.sites) ? data.sites : []).find(
    (s) => (s as { code?: unknown } | null)?.code === code,
  );

/** The members whose deployment may differ from the ref's. */
function changedMembers(codes: readonly string[], ref: string): string[] {
  const { top, path, commit } = commitIn(CONSORTIUM_FILE, ref, "--changed-since");
  // Paths from the repository's top, as git names them; the consortium may be in a subfolder.
  const base = posix.dirname(path) === "." ? "" : `${posix.dirname(path)}/`;
  const changed = new Set(changedSince(top, commit));
  if (EVERY_STACK.some((f) => changed.has(base + f))) return [...codes];
  const then = changed.has(path) ? textAt(top, commit, path) : undefined;
  const now = changed.has(path) ? textAt(top, "HEAD", path) : undefined;
  const defaultsChanged =
    changed.has(path) && part(then, (d) => d.defaults) !== part(now, (d) => d.defaults);
  return codes.filter((code) => {
    if (defaultsChanged) return true;
    if (changed.has(path) && part(then, entryOf(code)) !== part(now, entryOf(code))) return true;
    const own = [`${base}sites/${code}/`, `${base}stacks/Pulumi.${code}.`];
    return [...changed].some((f) => own.some((prefix) => f.startsWith(prefix)));
  });
}

function print(io: Io, stacks: readonly string[], json: boolean): void {
  io.out(json ? `${JSON.stringify(stacks)}\n` : stacks.map((s) => `${s}\n`).join(""));
}

export const stacksCommand: Command = {
  name: "stacks",
  summary: "list the Pulumi stacks (a consortium: its sites), or those changed since a git ref",
  usage: "[--changed-since REF] [--json]",
  maxPositionals: 0,
  options: {
    "changed-since": { type: "string" },
    json: { type: "boolean" },
  },
  run({ values }, io) {
    const json = values.json === true;
    if (!existsSync(CONSORTIUM_FILE)) {
      print(io, stackFiles(), json);
      return EXIT.ok;
    }
    const read = readConsortium(CONSORTIUM_FILE);
    if (!read.ok) {
      io.err(`carrel stacks: ${read.message}\n`);
      return EXIT.usage;
    }
    const members = read.consortium.members.map((m) => m.code);
    const deployable = members.filter((code) => existsSync(join("stacks", `Pulumi.${code}.yaml`)));
    for (const code of members.filter((c) => !deployable.includes(c)))
      io.err(
        `carrel stacks: site ${code} has no stacks/Pulumi.${code}.yaml, so no stack (carrel init --site ${code} writes one)\n`,
      );
    const since = values["changed-since"];
    const stacks = typeof since === "string" ? changedMembers(deployable, since) : deployable;
    print(io, stacks, json);
    return EXIT.ok;
  },
};
