/**
 * The ArubaOS-Switch commands Carrel models, one handler per context. Each records its fact
 * with the line it came from and says whether it understood the line.
 */
import { maskPrefix, parseIp } from "../../site/net/ipv4.ts";
import type { RunningConfig, RunningInterface, RunningVlan } from "./config.ts";
import { unquote, type LogicalLine } from "./lines.ts";
import type { Block } from "./parse.ts";
import { expandMembers } from "./ports.ts";
import { MAX_VLAN_ID, vlanIds } from "./security-lines.ts";

/**
 * What a handler made of a line: modelled (`true`), not modelled (`false`), a problem it
 * recorded, or (top level only) a block the line opens.
 */
export type Handled = boolean | "problem" | Block;

function vlan(config: RunningConfig, id: number, line: number): RunningVlan {
  let v = config.vlans.get(id);
  if (!v) {
    v = {
      id,
      line,
      name: undefined,
      untagged: new Map(),
      tagged: new Map(),
      addresses: [],
      dhcpBootp: undefined,
      helpers: [],
      accessGroups: [],
    };
    config.vlans.set(id, v);
  }
  return v;
}

function members(config: RunningConfig, text: string, line: number): string[] | undefined {
  const list = expandMembers(text);
  if (!list) {
    config.problems.push({ line, message: `cannot read the port list '${text}'` });
  }
  return list;
}

/** A command inside a `vlan N` block (or after `vlan N` on the same line). */
export function vlanCommand(
  config: RunningConfig,
  id: number,
  text: string,
  line: number,
): Handled {
  const v = vlan(config, id, line);
  let m: RegExpExecArray | null;
  if ((m = /^name\s+(.+)$/.exec(text))) v.name = { value: unquote(m[1]!), line };
  else if ((m = /^(no\s+)?(untagged|tagged)\s+(\S+)$/.exec(text))) {
    const list = members(config, m[3]!, line);
    if (!list) return "problem";
    const map = m[2] === "untagged" ? v.untagged : v.tagged;
    for (const p of list) {
      if (m[1]) map.delete(p);
      else map.set(p, line);
    }
  } else if (
    (m = /^ip\s+address\s+(\d+\.\d+\.\d+\.\d+)(?:\s+(\d+\.\d+\.\d+\.\d+)|\/(\d+))$/.exec(text))
  ) {
    const prefix = m[2] !== undefined ? maskPrefix(m[2]) : Number(m[3]);
    if (parseIp(m[1]!) === undefined || prefix === undefined || prefix > 32) {
      config.problems.push({ line, message: `cannot read the address '${text.slice(11)}'` });
      return "problem";
    }
    v.addresses.push({ ip: m[1]!, prefix, line });
  } else if (/^ip\s+address\s+dhcp-bootp$/.test(text)) v.dhcpBootp = line;
  else if (/^no\s+ip\s+address$/.test(text)) {
    v.addresses.length = 0;
    v.dhcpBootp = undefined;
  } else if ((m = /^ip\s+helper-address\s+(\d+\.\d+\.\d+\.\d+)$/.exec(text)))
    v.helpers.push({ value: m[1]!, line });
  else if ((m = /^ip\s+access-group\s+("[^"]*"|\S+)\s+(\S+)$/.exec(text)))
    v.accessGroups.push({ name: unquote(m[1]!), direction: m[2]!, line });
  else return false;
  return true;
}

function iface(config: RunningConfig, member: string): RunningInterface {
  let i = config.interfaces.get(member);
  if (!i) {
    i = { name: undefined, disabled: undefined, poeOff: undefined };
    config.interfaces.set(member, i);
  }
  return i;
}

/** A command inside an `interface` block, for each port it names. */
export function interfaceCommand(
  config: RunningConfig,
  ports: readonly string[],
  text: string,
  line: number,
): Handled {
  let m: RegExpExecArray | null;
  if ((m = /^(untagged|tagged)\s+vlan\s+(\S+)$/.exec(text))) {
    // Membership set from the port's side: `interface 5` / `untagged vlan 20`.
    const ids = vlanIds(m[2]!);
    if (!ids) {
      config.problems.push({
        line,
        message: `cannot read the VLAN list '${m[2]}': VLAN ids run from 1 to 4094`,
      });
      return "problem";
    }
    for (const id of ids) {
      const map =
        m[1] === "untagged" ? vlan(config, id, line).untagged : vlan(config, id, line).tagged;
      for (const p of ports) map.set(p, line);
    }
    return true;
  }
  for (const port of ports) {
    const i = iface(config, port);
    if ((m = /^name\s+(.+)$/.exec(text))) i.name = { value: unquote(m[1]!), line };
    else if (text === "no name") i.name = undefined;
    else if (text === "disable") i.disabled = line;
    else if (text === "enable") i.disabled = undefined;
    else if (text === "no power-over-ethernet") i.poeOff = line;
    else if (text === "power-over-ethernet") i.poeOff = undefined;
    else return false;
  }
  return true;
}

/** A command at the top level of the file. */
export function topLevelCommand(config: RunningConfig, l: LogicalLine): Handled {
  const { text, line } = l;
  let m: RegExpExecArray | null;
  if ((m = /^hostname\s+(.+)$/.exec(text))) config.hostname = { value: unquote(m[1]!), line };
  else if ((m = /^module\s+(\S+)\s+type\s+"?([A-Za-z0-9_]+)"?/i.exec(text)))
    config.hardware.push({
      slot: m[1]!.toUpperCase(),
      type: m[2]!.toUpperCase(),
      kind: "module",
      line,
    });
  else if ((m = /^vsf\s+member\s+(\d+)\s+type\s+"?([A-Za-z0-9_]+)"?/i.exec(text)))
    config.hardware.push({ slot: m[1]!, type: m[2]!.toUpperCase(), kind: "member", line });
  else if (/^(stacking|vsf)$/.test(text)) return { kind: "stacking" };
  else if ((m = /^trunk\s+(\S+)\s+(trk\d+)(?:\s+(\S+))?$/i.exec(text))) {
    const list = members(config, m[1]!, line);
    if (!list) return "problem";
    const name = `trk${Number(m[2]!.slice(3))}`;
    config.trunks.set(name, { name, members: list, mode: m[3]?.toLowerCase() ?? "trunk", line });
  } else if ((m = /^vlan\s+(\d+)(?:\s+(.+))?$/.exec(text))) {
    const id = Number(m[1]);
    if (id < 1 || id > MAX_VLAN_ID) {
      config.problems.push({ line, message: `VLAN ${m[1]} is not a VLAN id (1 to 4094)` });
      return "problem";
    }
    vlan(config, id, line);
    return m[2] === undefined ? { kind: "vlan", id } : vlanCommand(config, id, m[2], line);
  } else if ((m = /^interface\s+(\S+)(?:\s+(.+))?$/.exec(text))) {
    const ports = members(config, m[1]!, line);
    if (!ports) return "problem";
    return m[2] === undefined
      ? { kind: "interface", members: ports }
      : interfaceCommand(config, ports, m[2], line);
  } else if ((m = /^ip\s+access-list\s+(?:extended|standard)\s+("[^"]*"|\S+)$/.exec(text))) {
    const name = unquote(m[1]!);
    if (!config.acls.has(name)) config.acls.set(name, { line, entries: [] });
    return { kind: "acl", name };
  } else if ((m = /^access-list\s+(\d+)\s+((?:permit|deny|remark)\b.*)$/.exec(text))) {
    // Numbered access lists of older releases, one entry per line.
    if (!config.acls.has(m[1]!)) config.acls.set(m[1]!, { line, entries: [] });
    config.acls.get(m[1]!)!.entries.push({ rule: m[2]!, line });
  } else if (text === "ip routing") config.ipRouting = line;
  else if ((m = /^ip\s+default-gateway\s+(\d+\.\d+\.\d+\.\d+)$/.exec(text)))
    config.defaultGateway = { value: m[1]!, line };
  else if (
    (m =
      /^ip\s+route\s+(\d+\.\d+\.\d+\.\d+)(?:\s+(\d+\.\d+\.\d+\.\d+)|\/(\d+))\s+(\d+\.\d+\.\d+\.\d+)$/.exec(
        text,
      ))
  ) {
    const prefix = m[2] !== undefined ? maskPrefix(m[2]) : Number(m[3]);
    if (prefix === undefined || prefix > 32) return false;
    config.routes.push({ destination: `${m[1]}/${prefix}`, nextHop: m[4]!, line });
  } else if ((m = /^time\s+timezone\s+(-?\d+)$/.exec(text)))
    config.timezone = { value: Number(m[1]), line };
  else if ((m = /^time\s+daylight-time-rule\s+(.+)$/.exec(text)))
    config.daylightRule = { value: m[1]!.toLowerCase(), line };
  else if ((m = /^timesync\s+(\S+)$/.exec(text))) config.timesync = { value: m[1]!, line };
  else if (/^(sntp|ntp)\s+unicast$/.test(text) || text === "ntp enable") return true;
  else if ((m = /^sntp\s+server\s+priority\s+(\d+)\s+(\d+\.\d+\.\d+\.\d+)(?:\s+\d+)?$/.exec(text)))
    config.timeServers.push({ ip: m[2]!, priority: Number(m[1]), protocol: "sntp", line });
  else if ((m = /^sntp\s+server\s+(\d+\.\d+\.\d+\.\d+)(?:\s+\d+)?$/.exec(text)))
    config.timeServers.push({
      ip: m[1]!,
      priority: config.timeServers.length + 1,
      protocol: "sntp",
      line,
    });
  else if ((m = /^ntp\s+server\s+(\d+\.\d+\.\d+\.\d+)\b/.exec(text)))
    config.timeServers.push({
      ip: m[1]!,
      priority: config.timeServers.length + 1,
      protocol: "ntp",
      line,
    });
  else if ((m = /^ip\s+timep\s+manual\s+(\d+\.\d+\.\d+\.\d+)\b/.exec(text)))
    config.timeServers.push({ ip: m[1]!, priority: 1, protocol: "timep", line });
  else if (text === "spanning-tree") config.spanningTree = line;
  else if ((m = /^spanning-tree\s+priority\s+(\d+)$/.exec(text)))
    config.stpPriority = { value: Number(m[1]), line };
  else if ((m = /^management-vlan\s+(\d+)$/.exec(text)))
    config.managementVlan = { value: Number(m[1]), line };
  else return false;
  return true;
}
