/**
 * Names that become part of a file's path in the output folder (a switch, a DHCP server, a
 * zone, a VDI pool). The validator refuses names that are not safe file names; this is the
 * last check before a path is made, so that no name can reach outside its folder (`..`,
 * `/`) or be a name some system refuses.
 */
import { fileNameProblem } from "../../site/name-types.ts";
import { EscapeError } from "./escape-error.ts";

/** `name` as one segment of an output path; throws for anything but a safe file name. */
export function pathSegment(name: string): string {
  const problem = fileNameProblem(name);
  if (problem !== undefined) throw new EscapeError(problem);
  return name;
}
