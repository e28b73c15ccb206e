/**
 * Every `carrel` sub-command. Each is loaded only when it runs: `carrel validate` should not
 * pay for loading the docs builder, the Pulumi SDK (through import's adoption writers) or
 * the diff library. An entry may also be a whole `Command`, loaded with the program.
 */
import type { Command, LazyCommand } from "../command.ts";

/** The commands `carrel` knows, in the order `--help` lists them. */
export const COMMANDS: readonly (Command | LazyCommand)[] = [
  {
    name: "validate",
    summary: "check site.yaml and report every mistake at its line and column",
    load: async () => (await import("./validate.ts")).validateCommand,
  },
  {
    name: "render",
    summary: "write the switch, DHCP and DNS configurations",
    load: async () => (await import("./render.ts")).renderCommand,
  },
  {
    name: "docs",
    summary: "write the documentation site; --check fails when the committed copy is stale",
    load: async () => (await import("./docs.ts")).docsCommand,
  },
  {
    name: "diff",
    summary: "show how the rendered configurations differ from those of a git ref",
    load: async () => (await import("./diff.ts")).diffCommand,
  },
  {
    name: "import",
    summary: "read existing switch, DHCP and DNS configurations and write a draft site.yaml",
    load: async () => (await import("./import.ts")).importCommand,
  },
  {
    name: "drift",
    summary: "compare running switch and DHCP configurations with what site.yaml renders",
    load: async () => (await import("./drift.ts")).driftCommand,
  },
  {
    name: "init",
    summary: "start a new library's repository with a valid site.yaml, stack, workflows and docs",
    load: async () => (await import("./init.ts")).initCommand,
  },
  {
    name: "schema",
    summary: "print the JSON Schema of site.yaml (for editor completion)",
    load: async () => (await import("./schema.ts")).schemaCommand,
  },
];
