/**
 * The files a step writes to talk to the runner: GITHUB_OUTPUT (step outputs),
 * GITHUB_ENV (variables for later steps), GITHUB_PATH (folders put in front of PATH) and
 * GITHUB_STEP_SUMMARY (Markdown for the run's summary). Each step gets empty ones.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Reads `NAME=value` lines and `NAME<<DELIMITER` blocks (a multi-line value up to a line
 * holding only the delimiter), as GitHub reads GITHUB_OUTPUT and GITHUB_ENV.
 */
export function parseEnvFile(content: string, file: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    const block = /^([^=]+?)<<(.+)$/.exec(line);
    const equals = line.indexOf("=");
    if (block && (equals === -1 || block[0].indexOf("<<") < equals)) {
      const [, name, delimiter] = block;
      const end = lines.indexOf(delimiter!, i + 1);
      if (end === -1) throw new Error(`${file}: ${name} has no closing line ${delimiter}`);
      values[name!] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (equals > 0) values[line.slice(0, equals)] = line.slice(equals + 1);
    else throw new Error(`${file}: cannot read the line "${line}"`);
  }
  return values;
}

/** The command files of one step. */
export interface CommandFiles {
  readonly GITHUB_OUTPUT: string;
  readonly GITHUB_ENV: string;
  readonly GITHUB_PATH: string;
  readonly GITHUB_STATE: string;
  readonly GITHUB_STEP_SUMMARY: string;
}

/** Creates a step's empty command files in `dir`; `owner` chowns them for the runner user. */
export function createCommandFiles(
  dir: string,
  step: number,
  owner?: (path: string) => void,
): CommandFiles {
  mkdirSync(dir, { recursive: true });
  const file = (kind: string) => {
    const path = join(dir, `${kind}_step${step}`);
    writeFileSync(path, "");
    owner?.(path);
    return path;
  };
  return {
    GITHUB_OUTPUT: file("set_output"),
    GITHUB_ENV: file("set_env"),
    GITHUB_PATH: file("add_path"),
    GITHUB_STATE: file("save_state"),
    GITHUB_STEP_SUMMARY: file("step_summary"),
  };
}

/** What a step wrote: its outputs, variables and PATH folders for later steps, its summary. */
export function readCommandFiles(files: CommandFiles): {
  outputs: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  summary: string;
} {
  const read = (path: string) => (existsSync(path) ? readFileSync(path, "utf8") : "");
  return {
    outputs: parseEnvFile(read(files.GITHUB_OUTPUT), "GITHUB_OUTPUT"),
    env: parseEnvFile(read(files.GITHUB_ENV), "GITHUB_ENV"),
    path: read(files.GITHUB_PATH)
      .split(/\r?\n/)
      .filter((l) => l.trim() !== ""),
    summary: read(files.GITHUB_STEP_SUMMARY),
  };
}
