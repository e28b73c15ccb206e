/** What goes wrong with an output folder, as errors the commands turn into exit code 2. */

/** A folder Carrel will not replace, or cannot write now; the message says why and what to do. */
export class OutputFolderError extends Error {
  override readonly name: string = "OutputFolderError";
}
