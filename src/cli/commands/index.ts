/** Every `carrel` sub-command. */
import type { Command } from "../command.ts";
import { schemaCommand } from "./schema.ts";
import { validateCommand } from "./validate.ts";

/** The commands `carrel` knows, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [validateCommand, schemaCommand];
