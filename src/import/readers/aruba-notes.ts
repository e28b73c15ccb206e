/**
 * The report lines of one running-config: every line Carrel does not model, every secret
 * (what kind and where, never its text), the hardware lines, ports left out, and settings
 * site.yaml expresses differently from how the switch runs them.
 */
import {
  moduleModel,
  switchModel,
  writtenByCarrel,
  type PortNumbering,
  type RunningConfig,
} from "../../device/aruba/index.ts";
import { STP_PRIORITY } from "../../site/model/spanning-tree.ts";
import type { ImportNote, Origin } from "../fragment.ts";
import type { LeftOut } from "./aruba-ports.ts";
import { formatLabels } from "./aruba-ports.ts";

/** Report lines for one parsed switch config. */
export function arubaNotes(
  config: RunningConfig,
  source: string,
  numbering: PortNumbering,
  leftOut: LeftOut,
  routing: boolean,
): ImportNote[] {
  const notes: ImportNote[] = [];
  const at = (line?: number): Origin => ({ source, ...(line !== undefined ? { line } : {}) });
  const add = (
    level: ImportNote["level"],
    topic: ImportNote["topic"] | undefined,
    line: number | undefined,
    message: string,
  ) => notes.push({ level, ...(topic ? { topic } : {}), origin: at(line), message });

  for (const s of config.secrets)
    add(
      "warning",
      "secret",
      s.line,
      `holds ${s.what}: not copied; Carrel never keeps secrets, so set it on the switch or in your password manager`,
    );
  // Hardening and switch-wide settings are what Carrel writes itself from site.yaml: not
  // "not modelled", and too many on a hardened switch to list one by one.
  const own = config.unmodelled.filter(writtenByCarrel);
  if (own.length > 0)
    add(
      "info",
      undefined,
      own[0]!.line,
      `${own.length} ${own.length === 1 ? "line is" : "lines are"} hardening or switch settings (DHCP snooping, ARP and edge protection, management access, logging, SNMP contact, DNS servers, spanning-tree region, voice VLAN) that Carrel writes itself from site.yaml: not copied into the draft; 'carrel render' shows what Carrel will write instead`,
    );
  for (const u of config.unmodelled) {
    if (writtenByCarrel(u)) continue;
    // A banner runs over several lines; its first line is enough to find it.
    const [first, ...more] = u.text.split("\n");
    const text = more.length > 0 ? `${first} ...` : first;
    add(
      "info",
      "unmodelled",
      u.line,
      `'${text}'${u.context ? ` (in '${u.context}')` : ""} is not modelled`,
    );
  }
  if (!config.header) {
    add(
      "info",
      "guess",
      undefined,
      "the config has no 'Configuration Editor' header, so the switch model is not known from it",
    );
  }
  for (const h of config.hardware) {
    const label =
      (h.kind === "module" ? moduleModel(h.type)?.label : undefined) ?? switchModel(h.type)?.label;
    const group = numbering.groups.find((g) =>
      h.kind === "module"
        ? g.module === h.slot && g.member === undefined
        : g.member === Number(h.slot) && g.module === undefined,
    );
    const ports = group
      ? `; its ports ${group.prefix}1-${group.prefix}${group.size} are ${group.first}-${group.first + group.size - 1} in site.yaml`
      : "";
    add(
      "info",
      "unmodelled",
      h.line,
      `${h.kind === "module" ? `module ${h.slot}` : `stack member ${h.slot}`} is ${h.type}${label ? ` (${label})` : ", a product Carrel does not know"}${ports}`,
    );
  }
  if (numbering.modular) {
    add(
      "warning",
      "guess",
      config.header?.line,
      "this switch names its ports by module or stack member; site.yaml numbers ports, so the draft numbers them in hardware order " +
        "(the comments give the switch's names). Carrel renders numbered ports: check a rendered config by hand before it goes to this switch",
    );
  }
  if (leftOut.disabled.length > 0)
    add(
      "info",
      "unmodelled",
      undefined,
      `ports ${formatLabels(leftOut.disabled)} are disabled: left out of the draft, so Carrel keeps them disabled`,
    );
  if (leftOut.vlan1Only.length > 0)
    add(
      "info",
      "unmodelled",
      undefined,
      `ports ${formatLabels(leftOut.vlan1Only)} are only in VLAN 1, which carries nothing on this switch: left out (unused), so Carrel will disable them`,
    );
  if (leftOut.unnumbered.length > 0)
    add(
      "warning",
      "unmodelled",
      undefined,
      `ports ${leftOut.unnumbered.join(", ")} cannot be numbered: left out`,
    );
  for (const p of leftOut.severalUntagged)
    add(
      "warning",
      "conflict",
      p.line,
      `port ${p.port} is untagged in more than one VLAN; the draft keeps the first`,
    );
  for (const t of config.trunks.values()) {
    if (t.mode !== "lacp")
      add(
        "warning",
        "guess",
        t.line,
        `trunk ${t.name} is a ${t.mode === "trunk" ? "static trunk" : t.mode} trunk, not LACP; Carrel renders LACP trunks, so the other end must run LACP as well`,
      );
  }
  const role = routing ? "core" : "access";
  if (
    config.stpPriority &&
    config.stpPriority.value !== STP_PRIORITY[role] &&
    !(routing && config.stpPriority.value < 8)
  ) {
    add(
      "info",
      "guess",
      config.stpPriority.line,
      `spanning-tree priority ${config.stpPriority.value}; Carrel gives ${role} switches ${STP_PRIORITY[role]}`,
    );
  }
  for (const r of config.routes) {
    if (r.destination === "0.0.0.0/0" && routing) continue;
    const why =
      r.destination === "0.0.0.0/0"
        ? "a default route on a switch that does not route; site.yaml gives access switches a default gateway"
        : "site.yaml has no static routes besides the core's default route";
    add("warning", "unmodelled", r.line, `route to ${r.destination} via ${r.nextHop}: ${why}`);
  }
  for (const [name, acl] of config.acls) {
    const applied = [...config.vlans.values()].some((v) =>
      v.accessGroups.some((g) => g.name === name),
    );
    if (!applied)
      add(
        "info",
        "unmodelled",
        acl.line,
        `access list '${name}' (${acl.entries.length} entries) is not applied to a VLAN: left out`,
      );
  }
  for (const v of config.vlans.values()) {
    if (v.dhcpBootp !== undefined)
      add(
        "info",
        "guess",
        v.dhcpBootp,
        `the switch takes its address on VLAN ${v.id} by DHCP (dhcp-bootp); site.yaml gives it a fixed address, which the draft takes from DNS or a DHCP reservation`,
      );
  }
  if (config.spanningTree === undefined)
    add("info", "unmodelled", undefined, "spanning tree is off on this switch; Carrel turns it on");
  return notes;
}
