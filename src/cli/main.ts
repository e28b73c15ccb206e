/** The `carrel` command line: picks a sub-command, parses its flags, maps failures to exit codes. */
import { parseArgs } from "node:util";
import { didYouMean } from "../site/suggest.ts";
import type { Command } from "./command.ts";
import { COMMANDS } from "./commands/index.ts";
import { atRoot } from "./consortium/root-dispatch.ts";
import { EXIT, processIo, UsageError, type Io } from "./io.ts";

async function help(): Promise<string> {
  const commands = await Promise.all(COMMANDS.map((c) => c.load()));
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: carrel <command> [options]\n\nCommands:\n${lines.join("\n")}\n\nRun 'carrel <command> --help' for a command's options.\n`;
}

function commandHelp(command: Command): string {
  return `Usage: carrel ${command.name} ${command.usage}\n\n${command.summary}\n`;
}

/** Runs `carrel` with the given arguments; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(await help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    const hint = didYouMean(
      name,
      COMMANDS.map((c) => c.name),
    );
    io.err(`carrel: unknown command '${name}'${hint}\n\n${await help()}`);
    return EXIT.usage;
  }
  const command = await entry.load();
  try {
    const parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    const extra = parsed.positionals.slice(command.maxPositionals);
    if (extra.length > 0) {
      throw new UsageError(
        `unexpected ${extra.map((a) => `'${a}'`).join(", ")}; did you mean an option such as --out?`,
      );
    }
    const args = { values: parsed.values, positionals: parsed.positionals };
    const root = await atRoot(command.name, args);
    return await (root ? root(io) : command.run(args, io));
  } catch (err) {
    if (
      err instanceof UsageError ||
      (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
    ) {
      io.err(`carrel ${command.name}: ${(err as Error).message}\n\n${commandHelp(command)}`);
      return EXIT.usage;
    }
    // A bug in Carrel, not a problem with the user's input: say so without a stack trace.
    io.err(
      `carrel ${command.name}: internal error: ${(err as Error).message ?? String(err)}\n` +
        "This is a bug in Carrel, not in your site file. Please report it with the command you ran.\n",
    );
    return EXIT.internal;
  }
}
