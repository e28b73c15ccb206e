/**
 * R20: a link between two switches (`connects`) is declared on both ends, with the same number
 * of ports and the same VLANs, so the two switches agree on what the cable carries.
 */
import { error, type Issue } from "../issue.ts";
import type { SwitchPortEntry } from "../schema.ts";
import { didYouMean } from "../suggest.ts";
import { formatPortList, parseConnects, parsePortList } from "../switching/ports.ts";
import type { Rule } from "./rule.ts";
import { listNames } from "./util.ts";

export const r20Links: Rule = {
  id: "R20",
  title: "links are declared on both ends alike",
  check(site) {
    const issues: Issue[] = [];
    const switches = site.network.switches;
    const names = switches.map((sw) => sw.name);
    switches.forEach((sw, s) =>
      sw.ports.forEach((entry, e) => {
        if (entry.connects === undefined) return;
        const path = ["network", "switches", s, "ports", e];
        const at = [...path, "connects"];
        const peer = parseConnects(entry.connects);
        if (!peer) {
          issues.push(
            error(
              "R20",
              at,
              `'${entry.connects}' is not a link; write the switch at the other end and its ports, like core-sw1:49-50`,
            ),
          );
          return;
        }
        const p = switches.findIndex((x) => x.name === peer.switch);
        if (p < 0) {
          issues.push(
            error(
              "R20",
              at,
              `switch '${peer.switch}' is not declared${didYouMean(peer.switch, names) || "; declare it under network.switches"}`,
            ),
          );
          return;
        }
        if (p === s) {
          issues.push(
            error(
              "R20",
              at,
              `'${sw.name}' cannot connect to itself; name the switch at the other end`,
            ),
          );
          return;
        }
        const own = parsePortList(entry.ports);
        if (!own) return; // R16 reports a malformed list
        const here = `${sw.name}:${formatPortList(own)}`;
        const there = `${peer.switch}:${formatPortList(peer.ports)}`;
        if (own.length !== peer.ports.length) {
          issues.push(
            error(
              "R20",
              at,
              `${here} is ${count(own)} but ${there} is ${count(peer.ports)}; a link has the same number of ports on both ends`,
            ),
          );
          return;
        }

        const back = findBack(switches[p]!.ports, sw.name, own, peer.ports);
        if (!back) {
          issues.push(
            error(
              "R20",
              at,
              `the other end of this link is not declared; add connects: ${here} to ports ${formatPortList(peer.ports)} of '${peer.switch}'`,
            ),
          );
          return;
        }
        if (!same(back.ports, peer.ports)) {
          issues.push(
            error(
              "R20",
              at,
              `this link names ${there}, but '${peer.switch}' declares its end on ports ${formatPortList(back.ports)}; make both ends name each other's ports`,
            ),
          );
          return;
        }
        if (!same(back.connectsTo, own)) {
          issues.push(
            error(
              "R20",
              at,
              `${there} says its other end is ${sw.name}:${formatPortList(back.connectsTo)}, not ${here}; make both ends name each other's ports`,
            ),
          );
          return;
        }
        // Compare VLANs once per link, from its first end in file order.
        if (p < s) return;
        const differences = vlanDifferences(here, entry, there, back.entry);
        if (differences.length === 0) return;
        const tagDiffers = differences.some((d) => d.kind === "tagged");
        issues.push(
          error(
            "R20",
            [...path, tagDiffers ? "tagged" : "untagged"],
            `${differences.map((d) => d.text).join("; ")}; make both ends carry the same VLANs`,
          ),
        );
      }),
    );
    return issues;
  },
};

interface BackEnd {
  readonly entry: SwitchPortEntry;
  /** The ports of the peer's entry. */
  readonly ports: readonly number[];
  /** The ports its `connects` names on this switch. */
  readonly connectsTo: readonly number[];
}

/** The peer's entry that declares the link back: the one on the named ports, else any naming ours. */
function findBack(
  entries: readonly SwitchPortEntry[],
  self: string,
  own: readonly number[],
  named: readonly number[],
): BackEnd | undefined {
  const candidates: BackEnd[] = [];
  for (const entry of entries) {
    const c = entry.connects === undefined ? undefined : parseConnects(entry.connects);
    const ports = parsePortList(entry.ports);
    if (c?.switch === self && ports) candidates.push({ entry, ports, connectsTo: c.ports });
  }
  return (
    candidates.find((b) => same(b.ports, named)) ?? candidates.find((b) => same(b.connectsTo, own))
  );
}

interface Difference {
  readonly kind: "tagged" | "untagged";
  readonly text: string;
}

function vlanDifferences(
  aName: string,
  a: SwitchPortEntry,
  bName: string,
  b: SwitchPortEntry,
): Difference[] {
  const out: Difference[] = [];
  const onlyA = a.tagged.filter((v) => !b.tagged.includes(v));
  const onlyB = b.tagged.filter((v) => !a.tagged.includes(v));
  if (onlyA.length > 0)
    out.push({
      kind: "tagged",
      text: `${aName} carries ${listNames(onlyA)} tagged but ${bName} does not`,
    });
  if (onlyB.length > 0)
    out.push({
      kind: "tagged",
      text: `${bName} carries ${listNames(onlyB)} tagged but ${aName} does not`,
    });
  if (a.untagged !== b.untagged) {
    const text =
      a.untagged === undefined
        ? `${bName} carries '${b.untagged}' untagged but ${aName} does not`
        : b.untagged === undefined
          ? `${aName} carries '${a.untagged}' untagged but ${bName} does not`
          : `${aName} carries '${a.untagged}' untagged but ${bName} carries '${b.untagged}'`;
    out.push({ kind: "untagged", text });
  }
  return out;
}

function count(ports: readonly number[]): string {
  return `${ports.length} ${ports.length === 1 ? "port" : "ports"}`;
}

function same(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
