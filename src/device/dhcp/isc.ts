/**
 * Reads ISC dhcpd.conf: subnets (inside shared-networks and groups too), ranges and pools,
 * options at every level, lease times, and host reservations wherever they are declared.
 * Custom option names declared with `option NAME code N = ...` are understood.
 */
import { normaliseMac } from "../../site/net/mac.ts";
import { cidrContains, formatCidr, maskPrefix, parseCidr, parseIp } from "../../site/net/ipv4.ts";
import { parseIscSyntax, type Statement } from "./isc-syntax.ts";
import { optionByName } from "./option-codes.ts";
import {
  emptyDhcp,
  newScope,
  type RunningDhcp,
  type RunningOption,
  type RunningScope,
} from "./running.ts";

/** Whether text looks like dhcpd.conf: the line of its first telling statement. */
export function recogniseDhcpd(text: string): number | undefined {
  const lines = text.split(/\r?\n/, 4000);
  let score = 0;
  let first: number | undefined;
  lines.forEach((l, i) => {
    const t = l.trim();
    const strong = /^subnet\s+\d+\.\d+\.\d+\.\d+\s+netmask\s+\d+\.\d+\.\d+\.\d+\s*\{?/.test(t);
    const weak =
      /^(default-lease-time|max-lease-time|ddns-update-style|authoritative;|option\s+domain-name-servers|host\s+\S+\s*\{|hardware\s+ethernet|fixed-address|range\s+\d)/.test(
        t,
      );
    if (strong || weak) {
      score += strong ? 2 : 1;
      first ??= i + 1;
    }
  });
  return score >= 2 ? first : undefined;
}

function optionValues(s: Statement, from: number): string[] {
  return s.words.slice(from).filter((w, k) => w !== "," || s.quoted.has(from + k));
}

/** Parses dhcpd.conf text. */
export function parseDhcpd(text: string): RunningDhcp {
  const dhcp = emptyDhcp("isc-dhcp");
  dhcp.lineCount = text.split(/\r?\n/).length;
  const syntax = parseIscSyntax(text);
  if (!syntax.ok) {
    dhcp.problems.push({ line: syntax.line, message: syntax.message });
    return dhcp;
  }
  // Custom option names (`option wpad-url code 252 = text;`) map to their codes.
  const custom = new Map<string, number>();
  const walkDefs = (list: readonly Statement[]) => {
    for (const s of list) {
      if (s.words[0] === "option" && s.words[2] === "code" && /^\d+$/.test(s.words[3] ?? ""))
        custom.set(s.words[1]!.toLowerCase(), Number(s.words[3]));
      if (s.block) walkDefs(s.block);
    }
  };
  walkDefs(syntax.statements);

  const option = (s: Statement): RunningOption | undefined => {
    const name = s.words[1] ?? "";
    const code = custom.get(name.toLowerCase()) ?? optionByName(name)?.code;
    if (code === undefined) return undefined;
    return { code, name, values: optionValues(s, 2), line: s.line };
  };

  const walk = (
    list: readonly Statement[],
    scope: RunningScope | undefined,
    context: string | undefined,
    label: string | undefined,
  ) => {
    for (const s of list) {
      const [head, a, b, c] = s.words;
      const here = s.words.join(" ");
      if (head === "subnet" && b === "netmask" && s.block) {
        const prefix = maskPrefix(c ?? "");
        const cidr = parseCidr(`${a}/${prefix ?? "x"}`);
        if (!cidr || prefix === undefined) {
          dhcp.problems.push({
            line: s.line,
            message: `cannot read the subnet '${a} netmask ${c}'`,
          });
          continue;
        }
        const sc = newScope(formatCidr(cidr), s.line, { label: s.comment ?? label });
        dhcp.scopes.push(sc);
        walk(s.block, sc, `subnet ${a}`, label);
      } else if ((head === "shared-network" || head === "group" || head === "pool") && s.block) {
        walk(
          s.block,
          scope,
          context ? `${context} / ${head}` : head,
          head === "shared-network" ? a : label,
        );
      } else if (head === "host" && s.block) {
        const mac = s.block.find((x) => x.words[0] === "hardware" && x.words[1] === "ethernet")
          ?.words[2];
        const ip = s.block.find((x) => x.words[0] === "fixed-address")?.words[1];
        const normalised = mac ? normaliseMac(mac) : undefined;
        if (!normalised || !ip || parseIp(ip) === undefined) {
          dhcp.unmodelled.push({
            line: s.line,
            text: `host ${a ?? ""} (no MAC address and fixed IPv4 address)`,
            context,
          });
          continue;
        }
        const r = { host: a, mac: normalised, ip, line: s.line };
        if (scope) scope.reservations.push(r);
        else dhcp.reservations.push(r);
        for (const x of s.block) {
          if (
            !["hardware", "fixed-address"].includes(x.words[0]!) &&
            !(x.words[0] === "option" && x.words[1] === "host-name")
          )
            dhcp.unmodelled.push({ line: x.line, text: x.words.join(" "), context: `host ${a}` });
        }
      } else if (head === "range" && scope) {
        const words = s.words.filter((w) => w !== "dynamic-bootp");
        const start = words[1];
        const end = words[2] ?? words[1];
        if (start && end && parseIp(start) !== undefined && parseIp(end) !== undefined)
          scope.ranges.push({ start, end, line: s.line });
        else dhcp.problems.push({ line: s.line, message: `cannot read the range '${here}'` });
      } else if (head === "option" && a !== undefined && s.words[2] !== "code") {
        const o = option(s);
        if (!o) dhcp.unmodelled.push({ line: s.line, text: here, context });
        else (scope ? scope.options : dhcp.globalOptions).set(o.code, o);
      } else if (head === "default-lease-time" && /^\d+$/.test(a ?? "")) {
        const lease = { value: Number(a), line: s.line };
        if (scope) scope.lease = lease;
        else dhcp.globalLease = lease;
      } else if (head === "include") {
        dhcp.problems.push({
          line: s.line,
          message: `includes another file ('${a}'); Carrel cannot see it: give that file to carrel import as well, or paste it in here`,
        });
      } else if (
        head === "key" ||
        head === "omapi-key" ||
        (head === "secret" && scope === undefined)
      ) {
        dhcp.secrets.push({ line: s.line, what: "a TSIG or OMAPI key" });
      } else if (!(head === "option" && s.words[2] === "code")) {
        dhcp.unmodelled.push({ line: s.line, text: s.block ? `${here} { ... }` : here, context });
      }
    }
  };
  walk(syntax.statements, undefined, undefined, undefined);
  placeReservations(dhcp);
  return dhcp;
}

/** Puts reservations declared outside a subnet into the scope whose subnet holds their address. */
export function placeReservations(dhcp: RunningDhcp): void {
  const left = dhcp.reservations.filter((r) => {
    const ip = parseIp(r.ip)!;
    const scope = dhcp.scopes.find((s) => cidrContains(parseCidr(s.subnet)!, ip));
    if (scope) scope.reservations.push(r);
    return !scope;
  });
  dhcp.reservations.length = 0;
  dhcp.reservations.push(...left);
}
