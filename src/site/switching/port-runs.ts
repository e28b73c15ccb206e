/** Port numbers written as runs: [1,2,3,5] → "1-3, 5". */

/** Consecutive ports joined into runs. */
export function portRuns(ports: readonly number[]): { first: number; last: number }[] {
  const sorted = [...ports].sort((a, b) => a - b);
  const runs: { first: number; last: number }[] = [];
  for (const port of sorted) {
    const run = runs[runs.length - 1];
    if (run && port === run.last + 1) run.last = port;
    else runs.push({ first: port, last: port });
  }
  return runs;
}

/** The runs as text. */
export function portRunText(ports: readonly number[]): string {
  return portRuns(ports)
    .map((r) => (r.first === r.last ? String(r.first) : `${r.first}-${r.last}`))
    .join(", ");
}
