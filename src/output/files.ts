/** Generated files as values: a path inside the output folder and its full text. */

/** One generated file. `path` is relative, with forward slashes. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/** Sorts files by path so output order never depends on input order. */
export function sortFiles(files: readonly GeneratedFile[]): GeneratedFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
