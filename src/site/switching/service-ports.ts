/**
 * TCP and UDP port lists as an `allow:` entry writes them: `445`, `"49152-65535"`, or a list of
 * both. Unlike switch port lists they name service ports, so ranges may be wide.
 */

/** An inclusive range of TCP or UDP ports; a single port has `from === to`. */
export interface PortRange {
  readonly from: number;
  readonly to: number;
}

/** One value that is not a port or range, with its position in the list (if a list). */
export interface PortProblem {
  readonly index: number | undefined;
  readonly message: string;
}

const PORT_MAX = 65535;

function one(value: unknown): PortRange | string {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1 && value <= PORT_MAX
      ? { from: value, to: value }
      : `${value} is not a port; ports are whole numbers from 1 to ${PORT_MAX}`;
  }
  const text = String(value).trim();
  const m = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(text);
  if (!m) return `'${text}' is not a port or a range of ports (like 445 or 49152-65535)`;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from < 1 || to > PORT_MAX) return `'${text}' is outside the ports 1 to ${PORT_MAX}`;
  if (to < from)
    return `'${text}' starts after it ends; write the lower port first (${to}-${from})`;
  return { from, to };
}

/** Parses an `allow` entry's ports: the ranges, sorted and merged, and any problems. */
export function parseServicePorts(value: unknown): {
  ranges: PortRange[];
  problems: PortProblem[];
} {
  const list = Array.isArray(value) ? value : [value];
  const ranges: PortRange[] = [];
  const problems: PortProblem[] = [];
  list.forEach((item, i) => {
    const parsed = one(item);
    if (typeof parsed === "string")
      problems.push({ index: Array.isArray(value) ? i : undefined, message: parsed });
    else ranges.push(parsed);
  });
  return { ranges: mergeRanges(ranges), problems };
}

/** Sorts ranges and joins those that touch or overlap. */
export function mergeRanges(ranges: readonly PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
  const out: PortRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to + 1)
      out[out.length - 1] = { from: last.from, to: Math.max(last.to, r.to) };
    else out.push(r);
  }
  return out;
}

/** `445`, `49152-65535`; a list joined with commas. */
export function formatServicePorts(ranges: readonly PortRange[]): string {
  return ranges.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`)).join(", ");
}
