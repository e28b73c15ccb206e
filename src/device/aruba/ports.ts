/**
 * Port names as ArubaOS-Switch writes them in VLAN, trunk and interface commands:
 * `1-24,A1,Trk1` on fixed and chassis switches, `1/1-1/48,2/A1` on stacks.
 *
 * Trunk names come back in lower case (`trk1`), as site.yaml writes them; physical ports keep
 * their printed form, upper-cased module letters included (`a1` is the same port as `A1`).
 */

/** A physical port, split into its parts: `2/A7` is member 2, module A, port 7. */
export interface PortLabel {
  readonly member: number | undefined;
  readonly module: string | undefined;
  readonly index: number;
}

const PORT = /^(?:(\d+)\/)?([A-Za-z])?(\d+)$/;
const TRUNK = /^trk(\d+)$/i;

/** Whether a member is a trunk (`Trk1`, `trk1`). */
export function isTrunk(member: string): boolean {
  return TRUNK.test(member);
}

/** Splits a physical port name, or `undefined` when it is not one. */
export function parsePortLabel(text: string): PortLabel | undefined {
  const m = PORT.exec(text.trim());
  if (!m) return undefined;
  return {
    member: m[1] === undefined ? undefined : Number(m[1]),
    module: m[2]?.toUpperCase(),
    index: Number(m[3]),
  };
}

/** The printed form of a port: `7`, `A7`, `2/A7`. */
export function formatPortLabel(label: PortLabel): string {
  return `${label.member === undefined ? "" : `${label.member}/`}${label.module ?? ""}${label.index}`;
}

function normalise(member: string): string | undefined {
  const trunk = TRUNK.exec(member);
  if (trunk) return `trk${Number(trunk[1])}`;
  const label = parsePortLabel(member);
  return label ? formatPortLabel(label) : undefined;
}

/**
 * Expands a member list into single members, or `undefined` when a part is not a port,
 * a trunk or a range of them. A range joins two members with the same prefix
 * (`A1-A4`, `1/1-1/24`, `Trk1-Trk3`).
 */
export function expandMembers(text: string): string[] | undefined {
  const out: string[] = [];
  for (const raw of text.split(",")) {
    const part = raw.trim();
    if (part === "") return undefined;
    const dash = part.indexOf("-");
    if (dash < 0) {
      const one = normalise(part);
      if (!one) return undefined;
      out.push(one);
      continue;
    }
    const from = normalise(part.slice(0, dash));
    const to = normalise(part.slice(dash + 1));
    if (!from || !to) return undefined;
    const a = /^(.*?)(\d+)$/.exec(from)!;
    const b = /^(.*?)(\d+)$/.exec(to)!;
    const start = Number(a[2]);
    const end = Number(b[2]);
    if (a[1] !== b[1] || end < start || end - start > 1024) return undefined;
    for (let n = start; n <= end; n++) out.push(`${a[1]}${n}`);
  }
  return out;
}

/** Sorts members the way a person reads them: `2` before `10`, `A2` before `B1`, trunks last. */
export function compareMembers(a: string, b: string): number {
  const ta = isTrunk(a);
  const tb = isTrunk(b);
  if (ta !== tb) return ta ? 1 : -1;
  return a.localeCompare(b, "en", { numeric: true, sensitivity: "base" });
}
