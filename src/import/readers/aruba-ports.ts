/**
 * A switch's ports as site.yaml entries: consecutive ports with the same VLANs, PoE and name
 * become one entry (`ports: 1-8`), each trunk one entry with `lag:`. Ports site.yaml cannot
 * describe as they run are left out and reported: disabled ports (Carrel disables every port
 * site.yaml does not list, so leaving them out keeps them disabled) and ports that are only in
 * an unused VLAN 1.
 */
import type { PortFacts, PortNumbering, RunningTrunk } from "../../device/aruba/index.ts";
import { formatPortList } from "../../site/switching/ports.ts";
import { vlanRef, type VlanRef } from "../fragment.ts";

/** A `ports` entry, with VLANs as references the merger names. */
export interface PortEntryValue {
  /** A port number, or a list such as `1-8`. */
  readonly ports: number | string;
  readonly lag?: string;
  readonly untagged?: VlanRef;
  readonly tagged?: readonly VlanRef[];
  readonly poe?: boolean;
  readonly description?: string;
}

/** An entry with the line it mainly comes from and the switch's own names for its ports. */
export interface PortEntry {
  readonly value: PortEntryValue;
  readonly line: number;
  /** `A1-A8`: how the switch names the ports, when that differs from the numbers. */
  readonly labels: string | undefined;
}

/** Ports left out of the draft, for the report. */
export interface LeftOut {
  readonly disabled: string[];
  readonly vlan1Only: string[];
  readonly unnumbered: string[];
  readonly severalUntagged: { port: string; line: number }[];
}

interface Settings {
  readonly untagged: number | undefined;
  readonly tagged: readonly number[];
  readonly poe: boolean;
  readonly name: string | undefined;
}

function settings(facts: PortFacts, poeCapable: boolean, vlan1InUse: boolean): Settings {
  const keep = (id: number) => id !== 1 || vlan1InUse;
  return {
    untagged: facts.untagged.map((m) => m.vlan).find(keep),
    tagged: facts.tagged.map((m) => m.vlan).filter(keep),
    poe: poeCapable && facts.poeOff === undefined,
    name: facts.name?.value,
  };
}

function entryValue(ports: number[], s: Settings, lag: string | undefined): PortEntryValue {
  return {
    ports: ports.length === 1 ? ports[0]! : formatPortList(ports),
    ...(lag ? { lag } : {}),
    ...(s.untagged !== undefined ? { untagged: vlanRef({ id: s.untagged }) } : {}),
    ...(s.tagged.length > 0 ? { tagged: s.tagged.map((id) => vlanRef({ id })) } : {}),
    ...(s.poe ? { poe: true } : {}),
    ...(s.name ? { description: s.name } : {}),
  };
}

function firstLine(facts: PortFacts): number {
  return (
    facts.untagged[0]?.line ?? facts.tagged[0]?.line ?? facts.name?.line ?? facts.trunk?.line ?? 0
  );
}

/** Builds the port entries of one switch. */
export function portEntries(
  view: ReadonlyMap<string, PortFacts>,
  numbering: PortNumbering,
  poePorts: ReadonlySet<number>,
  vlan1InUse: boolean,
): { entries: PortEntry[]; leftOut: LeftOut } {
  const leftOut: LeftOut = { disabled: [], vlan1Only: [], unnumbered: [], severalUntagged: [] };
  const labels = (numbers: number[]) =>
    numbering.modular
      ? formatLabels(numbers.map((n) => numbering.label(n) ?? String(n)))
      : undefined;
  const rows: { n: number; facts: PortFacts; s: Settings }[] = [];
  const trunks = new Map<RunningTrunk, { n: number; facts: PortFacts }[]>();
  for (const facts of view.values()) {
    const n = numbering.number(facts.label);
    if (n === undefined) {
      leftOut.unnumbered.push(facts.label);
      continue;
    }
    if (facts.untagged.length > 1)
      leftOut.severalUntagged.push({ port: facts.label, line: facts.untagged[1]!.line });
    if (facts.trunk) {
      const list = trunks.get(facts.trunk) ?? [];
      list.push({ n, facts });
      trunks.set(facts.trunk, list);
      continue;
    }
    const s = settings(facts, poePorts.has(n), vlan1InUse);
    if (facts.disabled !== undefined) leftOut.disabled.push(facts.label);
    else if (s.untagged === undefined && s.tagged.length === 0) {
      if (facts.untagged.length + facts.tagged.length > 0) leftOut.vlan1Only.push(facts.label);
    } else rows.push({ n, facts, s });
  }
  const entries: PortEntry[] = [];
  rows.sort((a, b) => a.n - b.n);
  for (let i = 0; i < rows.length;) {
    let j = i;
    const same = JSON.stringify(rows[i]!.s);
    while (
      j + 1 < rows.length &&
      rows[j + 1]!.n === rows[j]!.n + 1 &&
      JSON.stringify(rows[j + 1]!.s) === same
    )
      j++;
    const numbers = rows.slice(i, j + 1).map((r) => r.n);
    entries.push({
      value: entryValue(numbers, rows[i]!.s, undefined),
      line: firstLine(rows[i]!.facts),
      labels: labels(numbers),
    });
    i = j + 1;
  }
  for (const [trunk, members] of [...trunks].sort((a, b) => a[1][0]!.n - b[1][0]!.n)) {
    if (members.every((m) => m.facts.disabled !== undefined)) {
      leftOut.disabled.push(...members.map((m) => m.facts.label));
      continue;
    }
    const numbers = members.map((m) => m.n).sort((a, b) => a - b);
    const first = members[0]!.facts;
    const names = new Set(members.map((m) => m.facts.name?.value));
    const s: Settings = {
      ...settings(
        first,
        members.every((m) => poePorts.has(m.n)),
        vlan1InUse,
      ),
      name: names.size === 1 ? first.name?.value : undefined,
    };
    if (s.untagged === undefined && s.tagged.length === 0) {
      leftOut.vlan1Only.push(...members.map((m) => m.facts.label));
      continue;
    }
    entries.push({
      value: entryValue(numbers, s, trunk.name),
      line: trunk.line,
      labels: labels(numbers),
    });
  }
  entries.sort((a, b) => firstNumber(a) - firstNumber(b));
  return { entries, leftOut };
}

function firstNumber(e: PortEntry): number {
  return Number(/^\d+/.exec(String(e.value.ports))?.[0] ?? 0);
}

/** Port names in compact form: `A1-A8,B1`. */
export function formatLabels(labels: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < labels.length;) {
    const [, prefix, n] = /^(.*?)(\d+)$/.exec(labels[i]!)!;
    let j = i;
    while (j + 1 < labels.length) {
      const m = /^(.*?)(\d+)$/.exec(labels[j + 1]!)!;
      if (m[1] !== prefix || Number(m[2]) !== Number(n) + (j + 1 - i)) break;
      j++;
    }
    out.push(i === j ? labels[i]! : `${labels[i]}-${labels[j]}`);
    i = j + 1;
  }
  return out.join(",");
}
