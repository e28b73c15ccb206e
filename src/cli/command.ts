/** The shape of one `carrel` sub-command. */
import type { ParseArgsOptionsConfig } from "node:util";
import type { Io } from "./io.ts";

/** Parsed flags and positional arguments. */
export interface CommandArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** A sub-command: its flags, help text and what it does. */
export interface Command {
  readonly name: string;
  /** One line for `carrel --help`. */
  readonly summary: string;
  /** Usage line(s) after `carrel NAME`. */
  readonly usage: string;
  readonly options: ParseArgsOptionsConfig;
  /** How many positional arguments it takes (a site file or a folder: 1). */
  readonly maxPositionals: number;
  /** Runs the command and returns its exit code. */
  readonly run: (args: CommandArgs, io: Io) => Promise<number> | number;
}
