/** Runs `carrel` in-process and captures what it prints. */
import { main } from "../../src/cli/main.ts";

/** Exit code and output of one run. */
export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `carrel ...args` in this process. */
export async function carrel(...args: string[]): Promise<Run> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
