/** Reading a site file from disk, refusing what cannot be a site file. */
import { readFileSync, statSync } from "node:fs";
import { MAX_SITE_BYTES } from "./source.ts";

/** The file's text, or why it cannot be read (a usage problem: exit code 2). */
export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** Reads a site file as UTF-8 text. Never throws. */
export function readSiteFile(file: string): ReadResult {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { ok: false, message: `${file} is a folder, not a site file` };
    size = stat.size;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ENOENT"
      ? { ok: false, message: `cannot find ${file}; give the path of your site.yaml` }
      : { ok: false, message: `cannot read ${file}; check its permissions` };
  }
  if (size > MAX_SITE_BYTES) {
    const mib = (size / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      message: `${file} is ${mib} MiB, too large for a site file (the limit is 16 MiB)`,
    };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { ok: false, message: `cannot read ${file}; check its permissions` };
  }
  if (bytes.includes(0)) return { ok: false, message: `${file} is a binary file, not YAML text` };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text: text.startsWith("\uFEFF") ? text.slice(1) : text };
  } catch {
    return { ok: false, message: `${file} is not UTF-8 text; save it as UTF-8` };
  }
}
