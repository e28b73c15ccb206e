/** Reading one template file: a regular file of sensible size, or a plain refusal. */
import { describeFileProblem, readRegularFile } from "../site/regular-file.ts";

/** Templates larger than this are refused: Carrel's largest is a few KiB. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/**
 * A template that cannot be read at all (a folder, a named pipe, a device, too large, not
 * UTF-8). Unlike a template with a mistake in it, this is a usage problem: exit code 2.
 */
export class TemplateReadError extends Error {
  override readonly name = "TemplateReadError";
}

/** The text of the template at `file`, shown to people as `shown`. */
export function readTemplateFile(file: string, shown: string): string {
  const read = readRegularFile(file, MAX_TEMPLATE_BYTES);
  if (!read.ok)
    throw new TemplateReadError(describeFileProblem(shown, read.problem, "template", "1 MiB"));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(read.bytes);
  } catch {
    throw new TemplateReadError(`${shown} is not UTF-8 text; save it as UTF-8`);
  }
}
