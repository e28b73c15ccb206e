/**
 * Reads Kea's kea-dhcp4.conf (JSON with comments): subnets, also inside shared networks,
 * pools, option data at global, shared-network and subnet level, lease lifetimes and
 * reservations. Keys Carrel does not model are listed with their line; passwords in database
 * or control-socket settings are recorded as secrets, never copied.
 */
import { normaliseMac } from "../../site/net/mac.ts";
import { isSecretKey } from "../../site/secrets.ts";
import { formatCidr, formatIp, parseCidr, parseIp } from "../../site/net/ipv4.ts";
import {
  items,
  member,
  parseJsonLines,
  text,
  type JsonEntry,
  type JsonNode,
} from "../json-lines.ts";
import { placeReservations } from "./isc.ts";
import { optionByCode, optionByName } from "./option-codes.ts";
import {
  emptyDhcp,
  newScope,
  type RunningDhcp,
  type RunningOption,
  type RunningScope,
} from "./running.ts";

/** Whether text is a Kea DHCPv4 configuration: the line of its `"Dhcp4"` key. */
export function recogniseKea(text: string): number | undefined {
  const m = /"Dhcp4"\s*:/.exec(text);
  return m ? text.slice(0, m.index).split("\n").length : undefined;
}

/** A comment written on, just above or just inside the line of an object: `# VLAN 20 staff`. */
function commentNear(lines: readonly string[], line: number): string | undefined {
  for (const n of [line + 1, line, line - 1]) {
    const m = /(?:#|\/\/)\s*(.+?)\s*$/.exec(lines[n - 1] ?? "");
    if (m && !/^["{[]/.test(m[1]!)) return m[1];
  }
  return undefined;
}

/** Splits Kea option data at commas that are not escaped. */
function splitData(data: string): string[] {
  return data
    .split(/(?<!\\),/)
    .map((v) => v.trim().replaceAll("\\,", ","))
    .filter((v) => v !== "");
}

/** Parses kea-dhcp4.conf text. */
export function parseKea(source: string): RunningDhcp {
  const dhcp = emptyDhcp("kea");
  const lines = source.split(/\r?\n/);
  dhcp.lineCount = lines.length;
  const include = /<\?include\s+"([^"]*)"\s*\?>/.exec(source);
  if (include) {
    dhcp.problems.push({
      line: source.slice(0, include.index).split("\n").length,
      message: `includes another file ('${include[1]}'); Carrel cannot see it: give that file to carrel import as well, or paste it in here`,
    });
    return dhcp;
  }
  const parsed = parseJsonLines(source);
  if (!parsed.ok) {
    dhcp.problems.push({ line: parsed.line, message: parsed.message });
    return dhcp;
  }
  const root = member(parsed.value, "Dhcp4");
  if (root?.kind !== "object") {
    dhcp.problems.push({
      line: parsed.value.line,
      message: 'there is no "Dhcp4" object at the top of the file',
    });
    return dhcp;
  }
  const custom = new Map<string, number>();
  for (const def of items(member(root, "option-def"))) {
    const name = text(member(def, "name"));
    const code = member(def, "code");
    if (name && code?.kind === "number") custom.set(name.toLowerCase(), code.value);
  }
  const secrets = (node: JsonNode, context: string) => {
    if (node.kind === "object")
      for (const e of node.entries) {
        if (isSecretKey(e.key))
          dhcp.secrets.push({ line: e.line, what: `a ${e.key} in ${context}` });
        else secrets(e.value, context);
      }
    if (node.kind === "array") for (const n of node.items) secrets(n, context);
  };
  const unmodelled = (e: JsonEntry, context: string | undefined) => {
    dhcp.unmodelled.push({ line: e.line, text: `"${e.key}"`, context });
    secrets(e.value, `"${e.key}"`);
  };
  const options = (
    node: JsonNode | undefined,
    into: Map<number, RunningOption>,
    context: string,
  ) => {
    for (const o of items(node)) {
      const name = text(member(o, "name"));
      const codeNode = member(o, "code");
      const space = text(member(o, "space"));
      const code =
        codeNode?.kind === "number"
          ? codeNode.value
          : name
            ? (custom.get(name.toLowerCase()) ?? optionByName(name)?.code)
            : undefined;
      const data = text(member(o, "data")) ?? "";
      if (code === undefined || (space !== undefined && space !== "dhcp4")) {
        dhcp.unmodelled.push({ line: o.line, text: `option ${name ?? "?"} = "${data}"`, context });
        continue;
      }
      const values = optionByCode(code)?.text && !data.includes(",") ? [data] : splitData(data);
      into.set(code, { code, name: name ?? String(code), values, line: o.line });
    }
  };
  const reservation = (r: JsonNode, into: RunningScope | undefined) => {
    const mac = normaliseMac(text(member(r, "hw-address")) ?? "");
    const ip = text(member(r, "ip-address"));
    if (!mac || !ip || parseIp(ip) === undefined) {
      dhcp.unmodelled.push({
        line: r.line,
        text: "a reservation without a MAC address and an IPv4 address",
        context: undefined,
      });
      return;
    }
    const entry = { host: text(member(r, "hostname")), mac, ip, line: r.line };
    (into ? into.reservations : dhcp.reservations).push(entry);
  };
  const subnet = (
    node: JsonNode,
    inherited: {
      label?: string;
      options: Map<number, RunningOption>;
      lease?: number;
      leaseLine?: number;
    },
  ) => {
    const cidr = parseCidr(text(member(node, "subnet")) ?? "");
    if (!cidr) {
      dhcp.problems.push({
        line: node.line,
        message: 'a subnet without a readable "subnet" (like 10.20.20.0/23)',
      });
      return;
    }
    const id = member(node, "id");
    const scope = newScope(formatCidr(cidr), node.line, {
      label: commentNear(lines, node.line) ?? text(member(node, "comment")) ?? inherited.label,
      ...(id?.kind === "number" ? { id: id.value } : {}),
    });
    for (const [code, o] of inherited.options) scope.options.set(code, o);
    if (inherited.lease !== undefined)
      scope.lease = { value: inherited.lease, line: inherited.leaseLine! };
    if (node.kind !== "object") return;
    for (const e of node.entries) {
      if (e.key === "subnet" || e.key === "id" || e.key === "comment" || e.key === "user-context")
        continue;
      if (e.key === "pools") {
        for (const p of items(e.value)) {
          const pool = (text(member(p, "pool")) ?? "").replace(/\s+/g, "");
          const dash = /^(\d+\.\d+\.\d+\.\d+)-(\d+\.\d+\.\d+\.\d+)$/.exec(pool);
          const prefix = parseCidr(pool);
          if (dash) scope.ranges.push({ start: dash[1]!, end: dash[2]!, line: p.line });
          else if (prefix)
            scope.ranges.push({
              start: formatIp(prefix.network),
              end: formatIp(prefix.broadcast),
              line: p.line,
            });
          else dhcp.problems.push({ line: p.line, message: `cannot read the pool '${pool}'` });
        }
      } else if (e.key === "option-data") options(e.value, scope.options, `subnet ${scope.subnet}`);
      else if (e.key === "valid-lifetime" && e.value.kind === "number")
        scope.lease = { value: e.value.value, line: e.line };
      else if (e.key === "reservations") for (const r of items(e.value)) reservation(r, scope);
      else unmodelled(e, `subnet ${scope.subnet}`);
    }
    dhcp.scopes.push(scope);
  };

  for (const e of root.entries) {
    if (e.key === "option-def") continue;
    if (e.key === "option-data") options(e.value, dhcp.globalOptions, "Dhcp4");
    else if (e.key === "valid-lifetime" && e.value.kind === "number")
      dhcp.globalLease = { value: e.value.value, line: e.line };
    else if (e.key === "subnet4") for (const s of items(e.value)) subnet(s, { options: new Map() });
    else if (e.key === "reservations") for (const r of items(e.value)) reservation(r, undefined);
    else if (e.key === "shared-networks") {
      for (const net of items(e.value)) {
        const shared = new Map<number, RunningOption>();
        const name = text(member(net, "name"));
        options(member(net, "option-data"), shared, `shared network ${name}`);
        const lease = member(net, "valid-lifetime");
        for (const s of items(member(net, "subnet4")))
          subnet(s, {
            ...(name !== undefined ? { label: name } : {}),
            options: shared,
            ...(lease?.kind === "number" ? { lease: lease.value, leaseLine: lease.line } : {}),
          });
      }
    } else unmodelled(e, "Dhcp4");
  }
  placeReservations(dhcp);
  return dhcp;
}
