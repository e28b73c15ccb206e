/**
 * Port-and-trunk lists as ArubaOS-Switch writes them in VLAN and interface commands:
 * `1-8,17,Trk1-Trk2`, and on modular or stacked switches `A1-A24` or `1/1-1/24`.
 */
import { formatPortList } from "../../site/switching/ports.ts";
import { trunkLabel } from "./names.ts";

/** Formats ports then trunks: `[1,2,3,9]` and `["trk2","trk1"]` → `1-3,9,Trk1-Trk2`. */
export function formatMembers(ports: readonly number[], lags: readonly string[] = []): string {
  const numbers = [...new Set(lags.map((l) => Number(l.replace(/^trk/i, ""))))].sort(
    (a, b) => a - b,
  );
  const trunks = formatPortList(numbers)
    .split(",")
    .filter((part) => part !== "")
    .map((part) =>
      part
        .split("-")
        .map((n) => trunkLabel(n))
        .join("-"),
    );
  return [formatPortList(ports), ...trunks].filter((part) => part !== "").join(",");
}

/**
 * Expands a member list into single members. Ports keep their printed form (`7`, `A7`, `1/7`);
 * trunks become lower case (`trk1`), as the site model names them. A range joins two members with
 * the same prefix (`A1-A4`, `Trk1-Trk3`); anything else is kept as written.
 */
export function expandMembers(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(",")) {
    const part = raw.trim();
    if (part === "") continue;
    const m = /^(.*?)(\d+)-(.*?)(\d+)$/.exec(part);
    if (m && m[1]!.toLowerCase() === m[3]!.toLowerCase() && Number(m[4]) >= Number(m[2])) {
      const prefix = m[1]!;
      for (let n = Number(m[2]); n <= Number(m[4]); n++) out.push(member(`${prefix}${n}`));
    } else {
      out.push(member(part));
    }
  }
  return out;
}

function member(text: string): string {
  return /^trk\d+$/i.test(text) ? text.toLowerCase() : text;
}

/** Sorts port names the way a person reads them: `2` before `10`, `A2` before `B1`. */
export function comparePorts(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}
