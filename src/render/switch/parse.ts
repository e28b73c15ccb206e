/**
 * Reads an ArubaOS-Switch (ProCurve) configuration back into a table: the product-number header,
 * hostname, trunks, VLANs with their ports and addresses, port names, PoE and shutdown state,
 * ACLs and the globals Carrel writes; and every understood line in order (`events`), so a test
 * can check the order of a file's steps.
 *
 * It reads Carrel's own files, to prove they say what the model says, and is the seed of
 * importing a library's existing configs, so it is lenient: lines it does not know are skipped,
 * both block style (`vlan 10` … `exit`, as `show running-config` prints) and one-line style
 * (`vlan 10 untagged 1-4`, as people paste) are read, and ports may be numbers, module ports
 * (`A1`) or stacked ports (`1/1`).
 *
 * VLAN port lists are given with trunks expanded to their member ports, because ports are what
 * the site model describes; `trunks` says which ports form each trunk.
 */
import { SECURITY_INTERFACE_COMMANDS, securityLine } from "../../device/aruba/security-lines.ts";
import { comparePorts, expandMembers } from "./member-lists.ts";
import { emptyConfig, type ParsedConfig, type ParsedVlan } from "./parse-types.ts";

export type {
  ParsedAddress,
  ParsedConfig,
  ParsedEvent,
  ParsedRoute,
  ParsedVlan,
} from "./parse-types.ts";

type Context =
  | { kind: "vlan"; vlan: number }
  | { kind: "interface"; ports: string[] }
  | { kind: "acl"; name: string }
  | { kind: "other" };

interface Raw {
  untagged: string[];
  tagged: string[];
  noUntagged: string[];
}

/** Removes one pair of surrounding double quotes. */
function unquote(text: string): string {
  const t = text.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

/** Parses a config file's text. Never throws; unknown lines are listed in `skipped`. */
export function parseArubaConfig(text: string): ParsedConfig {
  const config = emptyConfig();
  // Memberships are kept as written (trunk names included) and expanded at the end, because a
  // trunk may be defined after the VLANs that name it.
  const raw = new Map<number, Raw>();
  const sntp: { priority: number; ip: string }[] = [];
  const dns: { priority: number; ip: string }[] = [];
  let context: Context | undefined;

  const vlan = (id: number): ParsedVlan => {
    let v = config.vlans.get(id);
    if (!v) {
      v = {
        id,
        name: undefined,
        untagged: [],
        tagged: [],
        addresses: [],
        dhcpAddress: false,
        helpers: [],
        accessGroups: [],
        voice: false,
        qosPriority: undefined,
      };
      config.vlans.set(id, v);
      raw.set(id, { untagged: [], tagged: [], noUntagged: [] });
    }
    return v;
  };

  joinQuoted(text.split(/\r?\n/)).forEach(({ line, index }) => {
    const trimmed = line.trim();
    const header =
      /^;\s*(\S+)\s+(IGNORE\s+)?Configuration Editor;\s*Created on release #(\S+)/.exec(trimmed);
    if (header && config.header === undefined)
      config.header = { productNumber: header[1]!, release: header[3]!, ignore: !!header[2] };
    if (trimmed === "" || trimmed.startsWith(";") || trimmed.startsWith("!")) return;
    if (trimmed === "Running configuration:") return;
    const indented = /^\s/.test(line);
    if (trimmed === "exit") {
      context = undefined;
      return;
    }
    if (context && (indented || isSubCommand(context, trimmed))) {
      if (!subCommand(context, trimmed, index + 1)) config.skipped.push(index + 1);
      else config.events.push({ line: index + 1, context: contextName(context), command: trimmed });
      return;
    }
    context = undefined;
    if (topLevel(trimmed) || securityLine(config.security, trimmed, index + 1))
      config.events.push({ line: index + 1, context: "", command: trimmed });
    else {
      config.skipped.push(index + 1);
      // An unknown command may open a context; what is indented under it belongs to it.
      context ??= { kind: "other" };
    }
  });

  function subCommand(ctx: Context, line: string, number: number): boolean {
    switch (ctx.kind) {
      case "vlan":
        return vlanCommand(ctx.vlan, line);
      case "interface":
        return (
          interfaceCommand(ctx.ports, line) ||
          securityLine(config.security, line, number, ctx.ports)
        );
      case "acl": {
        const m = /^(?:\d+\s+)?((?:permit|deny|remark)\b.*)$/.exec(line);
        if (!m) return false;
        config.acls.get(ctx.name)!.push(m[1]!);
        return true;
      }
      case "other":
        return false;
      default: {
        const unknown: never = ctx;
        throw new Error(`unknown context ${JSON.stringify(unknown)}`);
      }
    }
  }

  function vlanCommand(id: number, line: string): boolean {
    const v = vlan(id);
    const r = raw.get(id)!;
    let m: RegExpExecArray | null;
    if ((m = /^name\s+(.+)$/.exec(line))) v.name = unquote(m[1]!);
    else if ((m = /^untagged\s+(\S+)$/.exec(line))) r.untagged.push(...expandMembers(m[1]!));
    else if ((m = /^tagged\s+(\S+)$/.exec(line))) r.tagged.push(...expandMembers(m[1]!));
    else if ((m = /^no\s+untagged\s+(\S+)$/.exec(line))) r.noUntagged.push(...expandMembers(m[1]!));
    else if ((m = /^no\s+tagged\s+(\S+)$/.exec(line))) {
      const gone = new Set(expandMembers(m[1]!));
      r.tagged = r.tagged.filter((p) => !gone.has(p));
    } else if ((m = /^ip\s+address\s+(\d+\.\d+\.\d+\.\d+)(?:\s+|\/)(\S+)$/.exec(line)))
      v.addresses.push({ ip: m[1]!, mask: m[2]! });
    else if (/^no\s+ip\s+address$/.test(line)) {
      v.addresses = [];
      v.dhcpAddress = false;
    } else if (/^ip\s+address\s+dhcp-bootp$/.test(line)) {
      v.addresses = [];
      v.dhcpAddress = true;
    } else if ((m = /^ip\s+helper-address\s+(\S+)$/.exec(line))) v.helpers.push(m[1]!);
    else if ((m = /^ip\s+access-group\s+("[^"]*"|\S+)\s+(\S+)/.exec(line)))
      v.accessGroups.push({ name: unquote(m[1]!), direction: m[2]! });
    else if (line === "voice") v.voice = true;
    else if (line === "no voice") v.voice = false;
    else if ((m = /^qos\s+priority\s+([0-7])$/.exec(line))) v.qosPriority = Number(m[1]);
    else return false;
    return true;
  }

  function interfaceCommand(ports: readonly string[], line: string): boolean {
    let m: RegExpExecArray | null;
    for (const port of ports) {
      if ((m = /^name\s+(.+)$/.exec(line))) config.portNames.set(port, unquote(m[1]!));
      else if (line === "no power-over-ethernet") config.poeOff.add(port);
      else if (line === "power-over-ethernet") config.poeOff.delete(port);
      else if (line === "disable") config.disabled.add(port);
      else if (line === "enable") config.disabled.delete(port);
      else return false;
    }
    return true;
  }

  function topLevel(line: string): boolean {
    let m: RegExpExecArray | null;
    if ((m = /^hostname\s+(.+)$/.exec(line))) config.hostname = unquote(m[1]!);
    else if ((m = /^module\s+(\d+)\s+type\s+(\S+)$/i.exec(line)))
      config.modules.set(Number(m[1]), m[2]!.toLowerCase());
    else if ((m = /^trunk\s+(\S+)\s+(trk\d+)(?:\s+(\S+))?$/i.exec(line))) {
      const name = m[2]!.toLowerCase();
      config.trunks.set(name, expandMembers(m[1]!));
      config.trunkModes.set(name, m[3]?.toLowerCase() ?? "trunk");
    } else if ((m = /^vlan\s+(\d+)(?:\s+(.+))?$/.exec(line))) {
      const id = Number(m[1]);
      vlan(id);
      if (m[2] === undefined) context = { kind: "vlan", vlan: id };
      else return vlanCommand(id, m[2]);
    } else if ((m = /^interface\s+(\S+)(?:\s+(.+))?$/.exec(line))) {
      const ports = expandMembers(m[1]!);
      if (m[2] === undefined) context = { kind: "interface", ports };
      else return interfaceCommand(ports, m[2]) || securityLine(config.security, m[2], 0, ports);
    } else if ((m = /^ip\s+access-list\s+(?:extended|standard)\s+("[^"]*"|\S+)$/.exec(line))) {
      const name = unquote(m[1]!);
      if (!config.acls.has(name)) config.acls.set(name, []);
      context = { kind: "acl", name };
    } else if (line === "ip routing") config.ipRouting = true;
    else if ((m = /^ip\s+default-gateway\s+(\S+)$/.exec(line))) config.defaultGateway = m[1]!;
    else if ((m = /^ip\s+route\s+(\S+)\s+(\S+)\s+(\d+\.\d+\.\d+\.\d+)$/.exec(line))) {
      config.routes.push({ destination: m[1]!, mask: m[2]!, gateway: m[3]! });
      if (m[1] === "0.0.0.0" && m[2] === "0.0.0.0") config.defaultRoute = m[3]!;
    } else if ((m = /^ip\s+dns\s+server-address\s+priority\s+(\d+)\s+(\S+)$/.exec(line)))
      dns.push({ priority: Number(m[1]), ip: m[2]! });
    else if ((m = /^ip\s+dns\s+domain-name\s+(.+)$/.exec(line))) config.dnsDomain = unquote(m[1]!);
    else if ((m = /^snmp-server\s+(contact|location)\s+(.+)$/.exec(line)))
      config.snmp[m[1] as "contact" | "location"] = unquote(m[2]!);
    else if (line === "logging notify running-config-change") config.loggingNotify = true;
    else if (line === "ip ssh filetransfer") config.sshFileTransfer = true;
    else if (line === "ip preserve") config.ipPreserve = true;
    else if ((m = /^time\s+timezone\s+(-?\d+)$/.exec(line))) config.timezone = Number(m[1]);
    else if ((m = /^time\s+daylight-time-rule\s+(.+)$/.exec(line)))
      config.daylightRule = m[1]!.toLowerCase();
    else if ((m = /^timesync\s+(\S+)$/.exec(line))) config.timeSync = m[1]!;
    else if (line === "sntp unicast") return true;
    else if ((m = /^sntp\s+server\s+priority\s+(\d+)\s+(\S+)/.exec(line)))
      sntp.push({ priority: Number(m[1]), ip: m[2]! });
    else if ((m = /^spanning-tree\s+priority\s+(\d+)$/.exec(line))) {
      config.spanningTree.priority = Number(m[1]);
    } else if ((m = /^spanning-tree\s+config-name\s+(.+)$/.exec(line)))
      config.spanningTree.configName = unquote(m[1]!);
    else if ((m = /^spanning-tree\s+config-revision\s+(\d+)$/.exec(line)))
      config.spanningTree.configRevision = Number(m[1]);
    else if (line === "spanning-tree") config.spanningTree.enabled = true;
    else return false;
    return true;
  }

  // Expand trunks, drop removed members, sort.
  const expand = (members: readonly string[]) =>
    [...new Set(members.flatMap((m) => config.trunks.get(m) ?? [m]))].sort(comparePorts);
  for (const [id, v] of config.vlans) {
    const r = raw.get(id)!;
    const removed = new Set(expand(r.noUntagged));
    v.untagged = expand(r.untagged).filter((p) => !removed.has(p));
    v.tagged = expand(r.tagged);
  }
  config.sntpServers = sntp.sort((a, b) => a.priority - b.priority).map((s) => s.ip);
  config.dnsServers = dns.sort((a, b) => a.priority - b.priority).map((s) => s.ip);
  return config;
}

/**
 * The file's lines with a quoted text that runs over several lines (a banner) joined into
 * one, each with the 0-based index of its first physical line.
 */
function joinQuoted(physical: readonly string[]): { line: string; index: number }[] {
  const quotes = (t: string) => t.split('"').length - 1;
  const out: { line: string; index: number }[] = [];
  for (let i = 0; i < physical.length; i++) {
    const index = i;
    let line = physical[i]!;
    // A `;` comment is read whole: a quote in it opens nothing.
    if (!line.trimStart().startsWith(";"))
      while (quotes(line) % 2 === 1 && i + 1 < physical.length) line += `\n${physical[++i]}`;
    out.push({ line, index });
  }
  return out;
}

/** Sub-commands that may follow an unindented `vlan` or `interface` line in pasted configs. */
function isSubCommand(ctx: Context, line: string): boolean {
  switch (ctx.kind) {
    case "vlan":
      return /^(name|untagged|tagged|no untagged|no tagged|ip address|no ip address|ip helper-address|ip access-group|voice|no voice|qos priority)\b/.test(
        line,
      );
    case "interface":
      return (
        /^(name|disable|enable|power-over-ethernet|no power-over-ethernet)\b/.test(line) ||
        SECURITY_INTERFACE_COMMANDS.test(line)
      );
    case "acl":
      return /^(\d+\s+)?(permit|deny|remark)\b/.test(line);
    case "other":
      return false;
    default: {
      const unknown: never = ctx;
      throw new Error(`unknown context ${JSON.stringify(unknown)}`);
    }
  }
}

/** How an event names the context it was read in. */
function contextName(ctx: Context): string {
  switch (ctx.kind) {
    case "vlan":
      return `vlan ${ctx.vlan}`;
    case "interface":
      return `interface ${ctx.ports.join(",")}`;
    case "acl":
      return `acl ${ctx.name}`;
    case "other":
      return "other";
    default: {
      const unknown: never = ctx;
      throw new Error(`unknown context ${JSON.stringify(unknown)}`);
    }
  }
}
