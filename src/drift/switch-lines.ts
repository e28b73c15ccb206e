/**
 * Access lists entry by entry (CIDR, wildcard and `host` notations compare equal, order
 * counts), hardware lines, and every line Carrel does not model, by its text and its block.
 */
import { normaliseAclRule, type PortNumbering, type RunningConfig } from "../device/aruba/index.ts";
import { listDifferences } from "./lists.ts";
import { norm, type Side, type SwitchComparison } from "./switch-context.ts";

/** The block a line sits in, with ports written as site.yaml numbers. */
function context(ctx: string | undefined, numbering: PortNumbering): string {
  if (!ctx) return "";
  const m = /^interface (\S+)$/.exec(ctx);
  return m ? `interface ${numbering.number(m[1]!) ?? m[1]}` : norm(ctx);
}

/** Compares access lists, hardware lines and the lines Carrel does not model. */
export function compareLines(c: SwitchComparison): void {
  const { model, name, file, places, r, u, diffs, text } = c;
  const sw = places.switchAt(name);
  // Access lists, entry by entry, in one notation.
  for (const acl of new Set([...r.config.acls.keys(), ...u.config.acls.keys()])) {
    const ra = r.config.acls.get(acl);
    const ua = u.config.acls.get(acl);
    const same = (a: string, b: string) => a === b || norm(a) === norm(b);
    if (
      ra &&
      ua &&
      ra.entries.length === ua.entries.length &&
      ra.entries.every((e, i) => same(e.rule, ua.entries[i]!.rule))
    )
      continue;
    const user = model.vlans.find((v) =>
      r.config.vlans.get(v.vlan.id)?.accessGroups.some((g) => g.name === acl),
    );
    const aclSite = user ? places.vlanNamed(user.vlan.name, "isolated") : sw;
    diffs.push(
      ...listDifferences({
        rendered: (ra?.entries ?? []).map((e) => ({ key: normaliseAclRule(e.rule), line: e.line })),
        running: (ua?.entries ?? []).map((e) => ({ key: normaliseAclRule(e.rule), line: e.line })),
        missing: (k) => `access list '${acl}' lacks '${k}' on the switch`,
        extra: (k) => `access list '${acl}' has '${k}' on the switch, not in site.yaml`,
        site: aclSite,
        file,
        text,
        ordered: true,
      }),
    );
  }

  // Every other line, by its text and block.
  const keyed = (s: Side) =>
    s.config.unmodelled.map((l) => ({
      key: `${context(l.context, s.numbering)}|${norm(l.text)}`,
      line: l.line,
      shown: norm(l.text).split("\n")[0]!,
    }));
  const renderedLines = keyed(r);
  const runningLines = keyed(u);
  diffs.push(
    ...listDifferences({
      rendered: renderedLines.map((l) => ({ key: l.key, line: l.line })),
      running: runningLines.map((l) => ({ key: l.key, line: l.line })),
      missing: (k) =>
        `'${k.split("|")[1]}'${k.split("|")[0] ? ` (in '${k.split("|")[0]}')` : ""} from the rendered config is missing on the switch`,
      extra: (k) =>
        `'${k.split("|")[1]!.split("\n")[0]}'${k.split("|")[0] ? ` (in '${k.split("|")[0]}')` : ""} is on the switch but not in what site.yaml renders`,
      site: sw,
      file,
      text,
    }),
  );
  const hardware = (c: RunningConfig) =>
    c.hardware.map((h) => ({ key: `${h.kind} ${h.slot} ${h.type}`, line: h.line }));
  if (r.config.hardware.length > 0)
    diffs.push(
      ...listDifferences({
        rendered: hardware(r.config),
        running: hardware(u.config),
        missing: (k) => `${k} is not on the switch`,
        extra: (k) => `${k} is on the switch, not in site.yaml`,
        site: places.switchAt(name, "model"),
        file,
        text,
      }),
    );
}
