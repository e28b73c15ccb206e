/**
 * What every device reader records besides its facts: values with the line they were read
 * from, lines it does not model, lines holding secrets (only their kind, never their text),
 * and problems that make a file unusable.
 */

/** A value and the 1-based line it was read from. */
export interface At<T> {
  readonly value: T;
  readonly line: number;
}

/** A line the reader does not model, with the block it sits in (`vlan 20`, `subnet4[2]`). */
export interface SourceLine {
  readonly line: number;
  readonly text: string;
  readonly context: string | undefined;
}

/** A line that holds a credential. Only what kind of secret it is, never its text. */
export interface SecretLine {
  readonly line: number;
  readonly what: string;
}

/** Why a file cannot be used (cut off, includes another file, a line that cannot be read). */
export interface ConfigProblem {
  readonly line: number;
  readonly message: string;
}
