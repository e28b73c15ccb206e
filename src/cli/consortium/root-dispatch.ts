/**
 * The commands that act on a consortium's sites when run at its root, and what each does
 * there. `main` asks here before running a command the usual way. A new command that acts
 * on every site (`carrel audit`, say) adds its entry to `AT_ROOT`, a case in tasks.ts, and a
 * function that finishes the run (like those of root-commands.ts).
 */
import type { CommandArgs } from "../command.ts";
import type { Io } from "../io.ts";
import { rootRun, type RootRun } from "./root-run.ts";

type AtRoot = (run: RootRun, values: CommandArgs["values"], io: Io) => Promise<number>;

const AT_ROOT: Readonly<Record<string, () => Promise<AtRoot>>> = {
  validate: async () => (await import("./root-commands.ts")).validateAtRoot,
  render: async () => (await import("./root-commands.ts")).renderAtRoot,
  docs: async () => (await import("./root-docs.ts")).docsAtRoot,
  drift: async () => (await import("./root-commands.ts")).driftAtRoot,
  diff: async () => (await import("./root-commands.ts")).diffAtRoot,
};

/**
 * The run of `command` at a consortium's root, when it is one (no site file given where
 * consortium.yaml is, consortium.yaml given, or `--site`); undefined otherwise.
 */
export async function atRoot(
  command: string,
  args: CommandArgs,
): Promise<((io: Io) => Promise<number>) | undefined> {
  const load = AT_ROOT[command];
  if (!load) return undefined;
  const run = rootRun(args);
  if (!run) return undefined;
  const finish = await load();
  return (io) => finish(run, args.values, io);
}
