/**
 * Port-and-trunk lists as Carrel writes them in VLAN and interface commands: `1-8,17,Trk1-Trk2`
 * (site.yaml numbers ports; the running-config parser reads module and stacked names too).
 */
import { formatPortList } from "../../site/switching/ports.ts";
import { trunkLabel } from "./names.ts";

/** Formats ports then trunks: `[1,2,3,9]` and `["trk2","trk1"]` → `1-3,9,Trk1-Trk2`. */
export function formatMembers(ports: readonly number[], lags: readonly string[] = []): string {
  if (lags.length === 0) return formatPortList(ports);
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
