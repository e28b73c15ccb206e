/** Every `carrel` sub-command. */
import type { Command } from "../command.ts";
import { auditCommand } from "./audit.ts";
import { diffCommand } from "./diff.ts";
import { docsCommand } from "./docs.ts";
import { driftCommand } from "./drift.ts";
import { importCommand } from "./import.ts";
import { initCommand } from "./init.ts";
import { renderCommand } from "./render.ts";
import { schemaCommand } from "./schema.ts";
import { validateCommand } from "./validate.ts";

/** The commands `carrel` knows, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  renderCommand,
  docsCommand,
  diffCommand,
  importCommand,
  driftCommand,
  auditCommand,
  initCommand,
  schemaCommand,
];
