/** Reading a site file from disk, refusing what cannot be a site file. */
import { describeFileProblem, readRegularFile } from "./regular-file.ts";
import { MAX_SITE_BYTES } from "./source.ts";

/** The file's text, or why it cannot be read (a usage problem: exit code 2). */
export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** Reads a site file as UTF-8 text. Never throws. */
export function readSiteFile(file: string): ReadResult {
  const read = readRegularFile(file, MAX_SITE_BYTES);
  if (!read.ok) {
    return {
      ok: false,
      message:
        read.problem.kind === "missing"
          ? `cannot find ${file}; give the path of your site.yaml`
          : describeFileProblem(file, read.problem, "site file", "16 MiB"),
    };
  }
  return decodeSiteText(file, read.bytes);
}

/** A site file's bytes as text: refuses binary and non-UTF-8 content, drops a byte-order mark. */
export function decodeSiteText(file: string, bytes: Uint8Array): ReadResult {
  if (bytes.includes(0)) return { ok: false, message: `${file} is a binary file, not YAML text` };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text: text.startsWith("\uFEFF") ? text.slice(1) : text };
  } catch {
    return { ok: false, message: `${file} is not UTF-8 text; save it as UTF-8` };
  }
}
