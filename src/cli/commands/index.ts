/**
 * Every `carrel` sub-command, by name. A command's module (and what it imports: the docs
 * generator, the renderer, the import readers) is loaded only when that command runs, so
 * `carrel validate` starts without loading the rest of Carrel.
 */
import type { Command } from "../command.ts";

/** A command known by its name, loaded when it is run or listed. */
export interface CommandEntry {
  readonly name: string;
  readonly load: () => Promise<Command>;
}

/** The commands `carrel` knows, in the order `--help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: "validate", load: async () => (await import("./validate.ts")).validateCommand },
  { name: "render", load: async () => (await import("./render.ts")).renderCommand },
  { name: "docs", load: async () => (await import("./docs.ts")).docsCommand },
  { name: "diff", load: async () => (await import("./diff.ts")).diffCommand },
  { name: "import", load: async () => (await import("./import.ts")).importCommand },
  { name: "drift", load: async () => (await import("./drift.ts")).driftCommand },
  { name: "audit", load: async () => (await import("./audit.ts")).auditCommand },
  { name: "init", load: async () => (await import("./init.ts")).initCommand },
  { name: "upgrade", load: async () => (await import("./upgrade.ts")).upgradeCommand },
  { name: "stacks", load: async () => (await import("./stacks.ts")).stacksCommand },
  { name: "schema", load: async () => (await import("./schema.ts")).schemaCommand },
];
