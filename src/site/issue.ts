/** Problems found in a site file, before and after they are given a position. */

/** A path into site.yaml, as keys and list indexes: `["network", "vlans", 1, "subnet"]`. */
export type Path = readonly (string | number)[];

/** Errors make a site invalid; warnings are reported but allowed (unless `--strict`). */
export type Severity = "error" | "warning";

/** One problem, as a rule or the schema reports it. */
export interface Issue {
  readonly path: Path;
  readonly message: string;
  readonly severity: Severity;
  /** The rule that found it (`R6`), or `schema` / `yaml`. */
  readonly rule: string;
  /** Point at the key of the path rather than its value (unknown keys, duplicates). */
  readonly atKey?: boolean;
  /**
   * A piece of the value's text: the issue points at the line where it is written, for a
   * value that spans lines. Used to find the place only; never shown.
   */
  readonly within?: string;
}

/** An issue with its place in the file. */
export interface LocatedIssue extends Issue {
  readonly file: string;
  /** 1-based line and column. */
  readonly line: number;
  readonly col: number;
  /** 0-based character offset, for sorting in file order. */
  readonly offset: number;
}

/** Shorthand for a rule's error. */
export function error(rule: string, path: Path, message: string): Issue {
  return { rule, path, message, severity: "error" };
}

/** Shorthand for a rule's warning. */
export function warning(rule: string, path: Path, message: string): Issue {
  return { rule, path, message, severity: "warning" };
}

/** Formats a path the way people read it: `network.vlans[1].subnet`. */
export function formatPath(path: Path): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || "(file)";
}
