/**
 * Reads dnsmasq's DHCP settings: `dhcp-range` (with its tag, netmask and lease time),
 * `dhcp-option` (by name or number, for every range or for one tag), `dhcp-host`
 * reservations and `domain`. A range without a netmask gets a /24, marked as guessed.
 */
import { normaliseMac } from "../../site/net/mac.ts";
import { formatCidr, maskPrefix, parseCidr, parseIp } from "../../site/net/ipv4.ts";
import { placeReservations } from "./isc.ts";
import { optionByName } from "./option-codes.ts";
import {
  emptyDhcp,
  newScope,
  type RunningDhcp,
  type RunningOption,
  type RunningScope,
} from "./running.ts";

/** Whether text is a dnsmasq configuration with DHCP: the line of its first DHCP setting. */
export function recogniseDnsmasq(text: string): number | undefined {
  const lines = text.split(/\r?\n/, 4000);
  // DHCP settings without a range hand out nothing: not a DHCP server's configuration.
  const index = lines.findIndex((l) => /^dhcp-range\s*=/.test(l.trim()));
  return index < 0 ? undefined : index + 1;
}

/** Lease time as dnsmasq writes it: `12h`, `45m`, `3600`, `infinite`. */
function leaseSeconds(text: string): number | undefined {
  if (text === "infinite") return 0xffffffff;
  const m = /^(\d+)([smhdw]?)$/.exec(text);
  if (!m) return undefined;
  const unit = { "": 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800 }[m[2]!]!;
  return Number(m[1]) * unit;
}

const isIp = (s: string) => parseIp(s) !== undefined;

/** Splits a setting's value at commas, keeping quoted text (which may hold commas) whole. */
function splitFields(value: string): string[] {
  const fields: string[] = [];
  let current = "";
  let quoted = false;
  for (const c of value) {
    if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) {
      fields.push(current.trim());
      current = "";
    } else current += c;
  }
  fields.push(current.trim());
  return fields;
}

/** Parses dnsmasq.conf text. */
export function parseDnsmasq(text: string): RunningDhcp {
  const dhcp = emptyDhcp("dnsmasq");
  const lines = text.split(/\r?\n/);
  dhcp.lineCount = lines.length;
  const scopeByTag = new Map<string, RunningScope>();
  const tagged: { tag: string; option: RunningOption }[] = [];
  const domains: { value: string; subnet: string | undefined; line: number }[] = [];

  lines.forEach((raw, index) => {
    const line = index + 1;
    const t = raw.replace(/(^|\s)#.*$/, "").trim();
    if (t === "") return;
    const eq = t.indexOf("=");
    const key = (eq < 0 ? t : t.slice(0, eq)).trim();
    const value = eq < 0 ? "" : t.slice(eq + 1).trim();
    const fields = splitFields(value);
    switch (key) {
      case "dhcp-range": {
        const tags = fields
          .filter((f) => /^(set|tag):/.test(f))
          .map((f) => f.replace(/^(set|tag):/, ""));
        const rest = fields.filter((f) => !/^(set|tag|interface):/.test(f));
        const [start, end] = rest;
        if (!start || !end || !isIp(start) || !isIp(end)) {
          dhcp.problems.push({ line, message: `cannot read the range '${value}'` });
          return;
        }
        const after = rest.slice(2).filter((f) => !["static", "proxy", "ra-only"].includes(f));
        const mask = after.find(isIp);
        const lease = after
          .filter((f) => !isIp(f))
          .map(leaseSeconds)
          .find((s) => s !== undefined);
        const prefix = mask ? maskPrefix(mask) : 24;
        const cidr = parseCidr(`${start}/${prefix ?? 24}`)!;
        const subnet = formatCidr(cidr);
        let scope = dhcp.scopes.find((s) => s.subnet === subnet);
        if (!scope) {
          scope = newScope(subnet, line, { label: tags[0], prefixKnown: mask !== undefined });
          dhcp.scopes.push(scope);
        }
        scope.ranges.push({ start, end, line });
        if (lease !== undefined) scope.lease = { value: lease, line };
        for (const tag of tags) scopeByTag.set(tag, scope);
        return;
      }
      case "dhcp-option":
      case "dhcp-option-force": {
        const tags = fields.filter((f) => /^tag:/.test(f)).map((f) => f.slice(4));
        const rest = fields.filter((f) => !/^(tag|encap|vi-encap|vendor):/.test(f));
        if (rest.length < fields.length - tags.length) {
          dhcp.unmodelled.push({ line, text: t, context: undefined });
          return;
        }
        const [name, ...values] = rest;
        const code = /^\d+$/.test(name ?? "") ? Number(name) : optionByName(name ?? "")?.code;
        if (code === undefined) {
          dhcp.unmodelled.push({ line, text: t, context: undefined });
          return;
        }
        const option = {
          code,
          name: name!,
          values: values.map((v) => v.replace(/^"|"$/g, "")),
          line,
        };
        if (tags.length === 0) dhcp.globalOptions.set(code, option);
        else for (const tag of tags) tagged.push({ tag, option });
        return;
      }
      case "dhcp-host": {
        const mac = fields.map((f) => normaliseMac(f)).find((m) => m !== undefined);
        const ip = fields.find(isIp);
        const name = fields.find(
          (f) =>
            !isIp(f) &&
            !normaliseMac(f) &&
            !/^(set|tag|id):/.test(f) &&
            leaseSeconds(f) === undefined &&
            f !== "ignore",
        );
        if (!mac || !ip) {
          dhcp.unmodelled.push({ line, text: t, context: undefined });
          return;
        }
        dhcp.reservations.push({ host: name, mac, ip, line });
        return;
      }
      case "domain":
        domains.push({ value: fields[0]!, subnet: fields[1], line });
        return;
      case "conf-file":
      case "conf-dir":
        dhcp.problems.push({
          line,
          message: `reads more settings from '${value}'; Carrel cannot see them: give those files to carrel import as well, or paste them in here`,
        });
        return;
      default:
        dhcp.unmodelled.push({ line, text: t, context: undefined });
    }
  });
  for (const { tag, option } of tagged) {
    const scope = scopeByTag.get(tag);
    if (scope) scope.options.set(option.code, option);
    else
      dhcp.unmodelled.push({
        line: option.line,
        text: `option for tag '${tag}', which no dhcp-range sets`,
        context: undefined,
      });
  }
  for (const d of domains) {
    const option = { code: 15, name: "domain", values: [d.value], line: d.line };
    const net = d.subnet ? parseCidr(d.subnet) : undefined;
    const scope = net ? dhcp.scopes.find((s) => s.subnet === formatCidr(net)) : undefined;
    if (scope) scope.options.set(15, option);
    else if (!d.subnet) dhcp.globalOptions.set(15, option);
    else
      dhcp.unmodelled.push({
        line: d.line,
        text: `domain=${d.value},${d.subnet}`,
        context: undefined,
      });
  }
  placeReservations(dhcp);
  return dhcp;
}
