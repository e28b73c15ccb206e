/** Port lists as written in site.yaml: `1-8`, `1,3,5-7`, or a single number. */

/** Parses a port list into sorted, de-duplicated port numbers; `undefined` when malformed. */
export function parsePortList(value: string | number): number[] | undefined {
  if (typeof value === "number") {
    return Number.isInteger(value) && value > 0 ? [value] : undefined;
  }
  const ports = new Set<number>();
  for (const part of value.split(",")) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to < from || to - from > 1000) return undefined;
    for (let p = from; p <= to; p++) ports.add(p);
  }
  return [...ports].sort((a, b) => a - b);
}

/** Formats port numbers compactly: `[1,2,3,5]` → `1-3,5`. */
export function formatPortList(ports: readonly number[]): string {
  // Lists nearly always come sorted and without repeats: then they are not copied.
  let sorted = ports;
  for (let i = 1; i < ports.length; i++) {
    if (ports[i]! > ports[i - 1]!) continue;
    sorted = [...new Set(ports)].sort((a, b) => a - b);
    break;
  }
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(",");
}

/** The port numbers `first` to `last`, in order; none when `last` is below `first`. */
export function portRange(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** Parses `switch:ports` as written in `connects`. */
export function parseConnects(text: string): { switch: string; ports: number[] } | undefined {
  const colon = text.lastIndexOf(":");
  if (colon <= 0) return undefined;
  const ports = parsePortList(text.slice(colon + 1));
  return ports ? { switch: text.slice(0, colon).trim(), ports } : undefined;
}
