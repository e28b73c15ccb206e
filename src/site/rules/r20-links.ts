/**
 * R20: a link between two switches (`connects`) is declared on both ends, with the same number
 * of ports and the same VLANs, so the two switches agree on what the cable carries.
 */
import { error, type Issue } from "../issue.ts";
import { linkEnds, type LinkEndPairing } from "../model/links.ts";
import type { SwitchPortEntry } from "../schema.ts";
import { didYouMean } from "../suggest.ts";
import { formatPortList } from "../switching/ports.ts";
import type { Rule } from "./rule.ts";
import { listNames } from "./util.ts";

export const r20Links: Rule = {
  id: "R20",
  title: "links are declared on both ends alike",
  check(site) {
    const switches = site.network.switches;
    const names = switches.map((sw) => sw.name);
    return linkEnds(site).flatMap((pairing): Issue[] => {
      const sw = switches[pairing.at.switch]!;
      const path = ["network", "switches", pairing.at.switch, "ports", pairing.at.entry];
      const at = [...path, "connects"];
      const kind = pairing.kind;
      switch (kind) {
        case "unreadable":
          return [
            error(
              "R20",
              at,
              `'${pairing.text}' is not a link; write the switch at the other end and its ports, like core-sw1:49-50`,
            ),
          ];
        case "unknown-switch":
          return [
            error(
              "R20",
              at,
              `switch '${pairing.peer}' is not declared${didYouMean(pairing.peer, names) || "; declare it under network.switches"}`,
            ),
          ];
        case "itself":
          return [
            error(
              "R20",
              at,
              `'${sw.name}' cannot connect to itself; name the switch at the other end`,
            ),
          ];
        case "bad-ports":
          return []; // R16 reports a malformed list
        case "port-count":
        case "no-back":
        case "other-ports":
        case "names-other":
          return [error("R20", at, mismatchText(pairing, sw.name))];
        case "paired": {
          // Compare VLANs once per link, from its first end in file order.
          if (!pairing.first) return [];
          const { a, b } = pairing.link;
          const differences = vlanDifferences(
            `${a.switch}:${formatPortList(a.ports)}`,
            switches[a.index]!.ports[a.entry]!,
            `${b.switch}:${formatPortList(b.ports)}`,
            switches[b.index]!.ports[b.entry]!,
          );
          if (differences.length === 0) return [];
          const tagDiffers = differences.some((d) => d.kind === "tagged");
          return [
            error(
              "R20",
              [...path, tagDiffers ? "tagged" : "untagged"],
              `${differences.map((d) => d.text).join("; ")}; make both ends carry the same VLANs`,
            ),
          ];
        }
        default: {
          const unhandled: never = kind;
          throw new Error(`R20 does not know link pairing '${String(unhandled)}'`);
        }
      }
    });
  },
};

/** Why a link's two ends do not pair, in words. */
function mismatchText(
  pairing: Extract<
    LinkEndPairing,
    { kind: "port-count" | "no-back" | "other-ports" | "names-other" }
  >,
  self: string,
): string {
  const { own, peer } = pairing;
  const here = `${self}:${formatPortList(own)}`;
  const there = `${peer.switch}:${formatPortList(peer.ports)}`;
  switch (pairing.kind) {
    case "port-count":
      return `${here} is ${count(own)} but ${there} is ${count(peer.ports)}; a link has the same number of ports on both ends`;
    case "no-back":
      return `the other end of this link is not declared; add connects: ${here} to ports ${formatPortList(peer.ports)} of '${peer.switch}'`;
    case "other-ports":
      return `this link names ${there}, but '${peer.switch}' declares its end on ports ${formatPortList(pairing.back.ports)}; make both ends name each other's ports`;
    case "names-other":
      return `${there} says its other end is ${self}:${formatPortList(pairing.back.connectsTo)}, not ${here}; make both ends name each other's ports`;
  }
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
