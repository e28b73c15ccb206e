/**
 * One import: read every file (recognised by its content) and every live source, stop with
 * every problem found when any input is unusable, otherwise merge the fragments into a draft,
 * write it as YAML text and validate that text. Nothing here writes to disk; the command does,
 * only when this says the import can go ahead.
 */
import { decodeText } from "../device/decode.ts";
import {
  describeFileProblem,
  readRegularFile,
  validateText,
  type Validation,
} from "../site/index.ts";
import { draftText } from "./draft.ts";
import { recogniseForeign } from "./foreign.ts";
import type { ImportFragment, ImportNote } from "./fragment.ts";
import { isStackName } from "../pulumi/names.ts";
import { sourceNames } from "./merge/comments.ts";
import { mergeFragments, type Draft, type MergeOptions } from "./merge/merge.ts";
import type { GeneratedFile } from "../output/files.ts";
import {
  ADOPTION_WRITERS,
  FILE_READERS,
  readerFor,
  SOURCE_READERS,
  type AdoptionWriter,
  type FileReader,
  type ImportFile,
  type SourceReader,
} from "./registry.ts";

/** Files larger than this are not configuration exports. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** What to import. */
export interface ImportRequest {
  readonly files: readonly string[];
  /** Live sources by option: `{ option: "vcenter", url: "https://vc01/sdk" }`. */
  readonly sources: readonly { readonly option: string; readonly url: string }[];
  readonly options: MergeOptions;
  /** The file the draft is for; validation messages name it. */
  readonly out: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Readers to use (tests narrow them); the registry's by default. */
  readonly readers?: readonly FileReader[];
  readonly sourceReaders?: readonly SourceReader[];
  readonly adoptionWriters?: readonly AdoptionWriter[];
  /** The Pulumi stack adoption files are for (default: the draft's site code). */
  readonly stack?: string | undefined;
}

/** One input and what it was read as. */
export interface ImportedInput {
  readonly source: string;
  readonly format: string | undefined;
  readonly fragment: ImportFragment | undefined;
}

/** The outcome: problems that stop the import, or the draft, its text and its validation. */
export type ImportResult =
  | {
      readonly ok: false;
      readonly inputs: readonly ImportedInput[];
      readonly errors: readonly ImportNote[];
      readonly unreadable: boolean;
    }
  | {
      readonly ok: true;
      readonly inputs: readonly ImportedInput[];
      readonly draft: Draft;
      readonly text: string;
      readonly validation: Validation;
      /** Adoption files to write beside the draft, paths relative to its folder. */
      readonly adoption: readonly GeneratedFile[];
    };

const problem = (source: string, line: number | undefined, message: string): ImportNote => ({
  level: "error",
  topic: "problem",
  origin: { source, ...(line !== undefined ? { line } : {}) },
  message,
});

/** A warning about the import as a whole. */
function problemFree(message: string): ImportNote {
  return { level: "warning", topic: "unmodelled", origin: { source: "carrel import" }, message };
}

/**
 * Reads a file's text, or the problem that stops it. A folder, named pipe or device is
 * refused before anything is opened, and the size limit holds while reading (`/dev/zero`).
 */
function readInput(path: string): { file: ImportFile } | { error: ImportNote } {
  const read = readRegularFile(path, MAX_IMPORT_BYTES);
  if (!read.ok) {
    const p = read.problem;
    const message =
      p.kind === "missing"
        ? "does not exist"
        : p.kind === "not-regular" && p.what === "a folder"
          ? "is a folder; give the files in it"
          : describeFileProblem(path, p, "configuration export", "64 MiB").replace(`${path} `, "");
    return { error: problem(path, undefined, message) };
  }
  const decoded = decodeText(read.bytes);
  return decoded.ok
    ? { file: { path, text: decoded.text } }
    : { error: problem(path, undefined, decoded.message) };
}

/** What a file that no reader knows is, in words, with its line. */
function unknownFormat(file: ImportFile, readers: readonly FileReader[]): ImportNote {
  const foreign = recogniseForeign(file.text);
  if (foreign)
    return problem(
      file.path,
      foreign.line,
      `this is ${foreign.format.name} ('${foreign.text}'); ${foreign.format.advice}`,
    );
  const formats = readers.map((r) => r.format).join(", ");
  return problem(file.path, 1, `is not a format carrel import reads (${formats})`);
}

/** Joins words with commas into lines of at most `width` characters. */
function wrap(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const w of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + w.length + 2 <= width)
      lines[lines.length - 1] = `${last}, ${w}`;
    else lines.push(w);
  }
  return lines.map((l, i) => (i < lines.length - 1 ? `${l},` : l));
}

/** Runs an import up to (not including) writing the draft. */
export async function runImport(request: ImportRequest): Promise<ImportResult> {
  const readers = request.readers ?? FILE_READERS;
  const sourceReaders = request.sourceReaders ?? SOURCE_READERS;
  const inputs: ImportedInput[] = [];
  const errors: ImportNote[] = [];
  let unreadable = false;
  // Files a reader reads together (the exports of one PowerCLI run), by reader.
  const together = new Map<FileReader, ImportFile[]>();
  for (const path of request.files) {
    const read = readInput(path);
    if ("error" in read) {
      errors.push(read.error);
      unreadable = true;
      inputs.push({ source: path, format: undefined, fragment: undefined });
      continue;
    }
    const found = readerFor(read.file, readers);
    if (!found) {
      errors.push(unknownFormat(read.file, readers));
      inputs.push({ source: path, format: undefined, fragment: undefined });
      continue;
    }
    if (found.reader.readAll) {
      together.set(found.reader, [...(together.get(found.reader) ?? []), read.file]);
      continue;
    }
    const fragment = await found.reader.read(read.file);
    inputs.push({ source: path, format: fragment.kind, fragment });
    errors.push(...fragment.notes.filter((n) => n.level === "error"));
  }
  for (const [reader, files] of together) {
    const fragment = await reader.readAll!(files);
    inputs.push({ source: files.map((f) => f.path).join(", "), format: fragment.kind, fragment });
    errors.push(...fragment.notes.filter((n) => n.level === "error"));
  }
  for (const { option, url } of request.sources) {
    const reader = sourceReaders.find((r) => r.option === option);
    if (!reader) {
      errors.push(
        problem(
          url,
          undefined,
          `this build of Carrel has no reader for --${option}; export the inventory to a file and import that instead`,
        ),
      );
      unreadable = true;
      continue;
    }
    const fragment = await reader.read(url, { env: request.env });
    inputs.push({ source: url, format: fragment.kind, fragment });
    errors.push(...fragment.notes.filter((n) => n.level === "error"));
  }
  if (errors.length > 0) return { ok: false, inputs, errors, unreadable };
  const fragments = inputs.flatMap((i) => (i.fragment ? [i.fragment] : []));
  const draft = mergeFragments(fragments, request.options);
  const mergeErrors = draft.notes.filter((n) => n.level === "error");
  if (mergeErrors.length > 0) return { ok: false, inputs, errors: mergeErrors, unreadable: false };
  const shown = sourceNames(inputs.flatMap((i) => i.source.split(", ")));
  const names = [...new Set(shown.values())];
  const text = draftText(draft, [
    "Draft written by carrel import from:",
    ...wrap(names, 90).map((l) => `  ${l}`),
    'Each item says where it came from; "guessed:" marks values to check, "fill in:" values no source gave.',
    "Read the import report, run carrel validate, and review every guess before rendering anything from it.",
  ]);
  const writers = request.adoptionWriters ?? ADOPTION_WRITERS;
  const siteCode = (draft.value.site as { code?: unknown } | undefined)?.code;
  const stack =
    request.stack ?? (typeof siteCode === "string" && isStackName(siteCode) ? siteCode : "site");
  const adoption =
    draft.adopt.length === 0
      ? []
      : writers.flatMap((w) => w.files(draft.adopt, draft.renames, { draft: request.out, stack }));
  const notes =
    draft.adopt.length > 0 && writers.length === 0
      ? [
          ...draft.notes,
          problemFree(
            `${draft.adopt.length} existing resources could be adopted by Pulumi, but this build of Carrel has no adoption-file writer registered`,
          ),
        ]
      : draft.notes;
  return {
    ok: true,
    inputs,
    draft: { ...draft, notes },
    text,
    validation: validateText(request.out, text),
    adoption,
  };
}
