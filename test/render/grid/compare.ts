/**
 * Compares what two renders say, file by file, by parsing each config the way its program
 * reads it: the render with a payload in one field must say exactly what the render with a
 * harmless marker there says, once the marker is read as the payload. A payload that
 * escaped its string or comment changes the statements and shows here.
 */
import { isDeepStrictEqual } from "node:util";
import type { GeneratedFile } from "../../../src/output/index.ts";
import { mdText } from "../../../src/render/escape/markdown.ts";
import { parseAruba } from "../parsers/aruba.ts";
import { swapText } from "../parsers/code.ts";
import { parseDhcpd } from "../parsers/dhcpd.ts";
import { parseDnsmasq } from "../parsers/dnsmasq.ts";
import { parseKea } from "../parsers/kea.ts";
import { parsePowerShell } from "../parsers/powershell.ts";

/** A zone file that differs, to compare once named-checkzone has read both. */
export interface ZoneComparison {
  readonly origin: string;
  readonly payload: string;
  readonly marker: string;
}

/** Parses one rendered file; zone files are compared by named-checkzone instead. */
export function statementsOf(file: GeneratedFile): unknown {
  const name = file.path.split("/").pop()!;
  if (name === "kea-dhcp4.conf") return parseKea(file.content);
  if (name === "dhcpd.conf") return parseDhcpd(file.content);
  if (name === "dnsmasq.conf") return parseDnsmasq(file.content);
  if (name.endsWith(".ps1")) return parsePowerShell(file.content);
  if (name.endsWith(".cfg")) return parseAruba(file.content);
  if (name.endsWith(".md")) return file.content.split("\n");
  throw new Error(`no parser for ${file.path}`);
}

/** How a payload reads in a file: Markdown runbooks escape markup in site text (`mdText`). */
function written(path: string, payload: string): string {
  return path.endsWith(".md") ? mdText(payload) : payload;
}

/**
 * What differs between the payload's render and the marker's, in words; zone files that
 * differ are handed back for named-checkzone.
 */
export function compareRenders(
  withPayload: readonly GeneratedFile[],
  withMarker: readonly GeneratedFile[],
  payload: string,
  marker: string,
): { problems: string[]; zones: ZoneComparison[] } {
  const problems: string[] = [];
  const zones: ZoneComparison[] = [];
  const paths = (files: readonly GeneratedFile[]) => files.map((f) => f.path).join(", ");
  if (paths(withPayload) !== paths(withMarker).split(marker).join(payload)) {
    problems.push(`the files differ: ${paths(withPayload)}`);
    return { problems, zones };
  }
  withPayload.forEach((file, i) => {
    const other = withMarker[i]!;
    if (file.content === other.content) return;
    if (file.path.endsWith(".zone")) {
      zones.push({
        // dns/<zone>.zone, and the public zone's dns/public/<domain>.zone
        origin: file.path.split("/").pop()!.slice(0, -".zone".length),
        payload: file.content,
        marker: other.content,
      });
      return;
    }
    try {
      const got = statementsOf(file);
      const want = swapText(statementsOf(other), marker, written(file.path, payload));
      if (!isDeepStrictEqual(got, want))
        problems.push(`${file.path} says something else than with a plain value there`);
    } catch (err) {
      problems.push(`${file.path} cannot be read back: ${(err as Error).message}`);
    }
  });
  return { problems, zones };
}
