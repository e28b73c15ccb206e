/**
 * `carrel import FILE... [--vcenter URL] [--out site.yaml]`: reads what a library already
 * has (switch running-configs, DHCP configurations and exports, DNS zones, and whatever the
 * registered readers know) and writes a draft site.yaml, with a report of everything that
 * did not make it into the draft and why. Any unusable input stops the import before
 * anything is written.
 */
import { existsSync, mkdirSync, realpathSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { importReportJson, formatImportReport, noteWhere } from "../../import/report.ts";
import { SOURCE_READERS } from "../../import/registry.ts";
import { isStackName } from "../../pulumi/names.ts";
import { runImport } from "../../import/run.ts";
import { sourceNames } from "../../import/merge/comments.ts";
import { writeFileAtomic } from "../../output/write-file.ts";
import { formatJson, formatText, terminalSafe } from "../../site/index.ts";
import type { Command } from "../command.ts";
import { EXIT, UsageError, type Io } from "../io.ts";

const sourceOptions = SOURCE_READERS.map((r) => r.option);

function same(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
}

function checkOut(out: string, files: readonly string[], force: boolean): void {
  if (!existsSync(dirname(resolve(out))))
    throw new UsageError(`the folder of ${out} does not exist`);
  if (existsSync(out) && statSync(out).isDirectory())
    throw new UsageError(`${out} is a folder; give the file to write, like ${out}/site.yaml`);
  if (files.some((f) => same(f, out)))
    throw new UsageError(`${out} is one of the files to import; write the draft somewhere else`);
  if (existsSync(out) && !force)
    throw new UsageError(
      `${out} already exists; choose another --out, or add --force to replace it`,
    );
}

function vlan1Id(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2 || n > 4094)
    throw new UsageError(`--vlan1-id must be a VLAN id from 2 to 4094, not '${String(value)}'`);
  return n;
}

const text = (v: unknown) => (typeof v === "string" ? v : undefined);

export const importCommand: Command = {
  name: "import",
  summary: "read existing switch, DHCP and DNS configurations and write a draft site.yaml",
  usage:
    "FILE... [--out site.yaml] [--force] [--name NAME] [--code CODE] [--domain DOMAIN] [--timezone ZONE]\n" +
    `       [--vlan1-id ID] [--report FILE] [--stack STACK] [--json]${sourceOptions.map((o) => ` [--${o} URL]`).join("")}`,
  maxPositionals: Number.MAX_SAFE_INTEGER,
  options: {
    out: { type: "string", short: "o" },
    force: { type: "boolean" },
    name: { type: "string" },
    code: { type: "string" },
    domain: { type: "string" },
    timezone: { type: "string" },
    "vlan1-id": { type: "string" },
    report: { type: "string" },
    stack: { type: "string" },
    json: { type: "boolean" },
    ...Object.fromEntries(sourceOptions.map((o) => [o, { type: "string" as const }])),
  },
  async run({ values, positionals }, io: Io) {
    const sources = sourceOptions.flatMap((option) =>
      typeof values[option] === "string" ? [{ option, url: values[option] }] : [],
    );
    if (positionals.length === 0 && sources.length === 0)
      throw new UsageError(
        "give the files to import (running-configs, DHCP configurations or exports, zone files)",
      );
    const stack = text(values.stack);
    if (stack !== undefined && !isStackName(stack))
      throw new UsageError(
        `--stack '${stack}' is not a stack name: letters, digits, '-', '_' and '.', like library or prod`,
      );
    const out = text(values.out) ?? "site.yaml";
    checkOut(out, positionals, values.force === true);
    const result = await runImport({
      files: positionals,
      sources,
      out,
      env: process.env,
      stack,
      options: {
        name: text(values.name),
        code: text(values.code),
        domain: text(values.domain),
        timezone: text(values.timezone),
        vlan1Id: vlan1Id(values["vlan1-id"]),
      },
    });
    if (!result.ok) {
      const names = sourceNames(result.errors.map((e) => e.origin.source));
      if (values.json)
        io.out(
          `${JSON.stringify({ ...importReportJson(result.inputs, result.errors), written: null }, null, 2)}\n`,
        );
      for (const e of result.errors)
        io.err(`${terminalSafe(`${noteWhere(e, names)}  ${e.message}`)}\n`);
      io.err(
        `carrel import: nothing was written (${result.errors.length} ${result.errors.length === 1 ? "problem" : "problems"})\n`,
      );
      return EXIT.usage;
    }
    const report = formatImportReport(result.inputs, result.draft.notes);
    const adoption = result.adoption.map((f) => ({ ...f, path: join(dirname(out), f.path) }));
    const taken = adoption.find((f) => existsSync(f.path));
    if (taken && values.force !== true)
      throw new UsageError(
        `${taken.path} already exists; add --force to replace it with the new adoption IDs`,
      );
    try {
      for (const f of adoption) {
        mkdirSync(dirname(f.path), { recursive: true });
        writeFileAtomic(f.path, f.content);
      }
      writeFileAtomic(out, result.text);
      if (typeof values.report === "string") writeFileAtomic(values.report, report);
    } catch (err) {
      io.err(
        `carrel import: cannot write ${out} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`,
      );
      return EXIT.usage;
    }
    if (values.json) {
      const validation = JSON.parse(formatJson(result.validation)) as unknown;
      io.out(
        `${JSON.stringify({ ...importReportJson(result.inputs, result.draft.notes), written: out, validation }, null, 2)}\n`,
      );
    } else {
      io.out(report);
      for (const f of adoption)
        io.out(`\nWrote ${f.path} (what Pulumi adopts instead of creating).`);
      io.out(`\nWrote the draft to ${out}. The validator says:\n`);
      io.out(formatText(result.validation));
    }
    return result.validation.valid ? EXIT.ok : EXIT.invalid;
  },
};
