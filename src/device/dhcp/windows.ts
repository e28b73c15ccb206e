/**
 * Reads the file Windows Server writes with `Export-DhcpServer -File x.xml`: IPv4 scopes
 * (range minus exclusions), server and scope option values, lease durations and
 * reservations. The export's schema version is checked (Windows Server 2012 writes 6,
 * 2016 to 2025 write 10), and a file whose elements are not the ones Carrel knows, such as
 * one translated or written by another tool, is refused with the line of the first stranger.
 */
import { normaliseMac } from "../../site/net/mac.ts";
import { formatCidr, formatIp, maskPrefix, parseCidr, parseIp } from "../../site/net/ipv4.ts";
import { child, children, parseXml, type XmlElement } from "../xml-lines.ts";
import { placeReservations } from "./isc.ts";
import {
  emptyDhcp,
  newScope,
  type RunningDhcp,
  type RunningOption,
  type RunningRange,
} from "./running.ts";

/** Schema versions of the export Carrel reads: Windows Server 2012 (6) to 2025 (10). */
export const WINDOWS_EXPORT_VERSIONS: readonly number[] = [6, 10];

/** Whether text is a Windows DHCP server export: the line of its `<DHCPServer>` element. */
export function recogniseWindowsExport(text: string): number | undefined {
  const m = /<DHCPServer[\s>]/.exec(text.slice(0, 4096));
  return m ? text.slice(0, m.index).split("\n").length : undefined;
}

/** A reservation's client id as a MAC address: `02-1b-...`, or twelve hex digits. */
function clientMac(text: string): string | undefined {
  const bare = text.trim().toLowerCase();
  return (
    normaliseMac(bare) ?? (/^[0-9a-f]{12}$/.test(bare) ? bare.match(/../g)!.join(":") : undefined)
  );
}

/** `8.00:00:00` (days.hours:minutes:seconds) or `01:00:00` in seconds. */
export function timeSpanSeconds(text: string): number | undefined {
  const m = /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)?$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
}

const IPV4_KNOWN = new Set([
  "ConflictDetectionAttempts",
  "NapEnabled",
  "NpsUnreachableAction",
  "NapDefaultPolicy",
  "ActivatePolicies",
  "Classes",
  "OptionDefinitions",
  "OptionValues",
  "Scopes",
  "Policies",
  "Filters",
  "SuperScopes",
  "MulticastScopes",
  "Failover",
  "DnsSettings",
  "Auditlog",
]);

function options(
  dhcp: RunningDhcp,
  values: XmlElement | undefined,
  into: Map<number, RunningOption>,
  context: string,
): void {
  for (const o of children(values, "OptionValue")) {
    const id = Number(child(o, "OptionId")?.text);
    const vendor = child(o, "VendorClass")?.text ?? "";
    const user = child(o, "UserClass")?.text ?? "";
    if (!Number.isInteger(id) || vendor !== "" || user !== "") {
      dhcp.unmodelled.push({
        line: o.line,
        text: `option ${id || "?"} for class '${vendor || user}'`,
        context,
      });
      continue;
    }
    into.set(id, {
      code: id,
      name: String(id),
      values: children(o, "Value").map((v) => v.text),
      line: o.line,
    });
  }
}

/** The scope's range with its exclusions cut out, as one or more ranges. */
function rangesMinusExclusions(
  start: number,
  end: number,
  exclusions: readonly [number, number][],
  line: number,
): RunningRange[] {
  let pieces: [number, number][] = [[start, end]];
  for (const [xs, xe] of exclusions) {
    pieces = pieces.flatMap(([s, e]): [number, number][] => {
      if (xe < s || xs > e) return [[s, e]];
      const out: [number, number][] = [];
      if (xs > s) out.push([s, xs - 1]);
      if (xe < e) out.push([xe + 1, e]);
      return out;
    });
  }
  return pieces.map(([s, e]) => ({ start: formatIp(s), end: formatIp(e), line }));
}

/** Parses an `Export-DhcpServer` file's text. */
export function parseWindowsExport(text: string): RunningDhcp {
  const dhcp = emptyDhcp("windows");
  dhcp.lineCount = text.split(/\r?\n/).length;
  const parsed = parseXml(text);
  if (!parsed.ok) {
    dhcp.problems.push({ line: parsed.line, message: parsed.message });
    return dhcp;
  }
  const root = parsed.root;
  if (root.name !== "DHCPServer") {
    dhcp.problems.push({
      line: root.line,
      message: `the root element is <${root.name}>, not the <DHCPServer> that Export-DhcpServer writes`,
    });
    return dhcp;
  }
  const version = child(root, "MajorVersion");
  if (!version || !WINDOWS_EXPORT_VERSIONS.includes(Number(version.text))) {
    dhcp.problems.push({
      line: version?.line ?? root.line,
      message: version
        ? `the export's schema version is ${version.text}; Carrel reads versions ${WINDOWS_EXPORT_VERSIONS.join(" and ")} (Windows Server 2012 to 2025)`
        : "the export has no <MajorVersion>, so its schema version is unknown; export it again with Export-DhcpServer",
    });
    return dhcp;
  }
  const ipv4 = child(root, "IPv4");
  if (!ipv4) {
    dhcp.problems.push({ line: root.line, message: "the export has no <IPv4> section" });
    return dhcp;
  }
  const stranger = ipv4.children.find((c) => !IPV4_KNOWN.has(c.name));
  if (stranger) {
    dhcp.problems.push({
      line: stranger.line,
      message: `<${stranger.name}> is not an element of the Export-DhcpServer format Carrel knows; was the file translated, or written by another tool or version?`,
    });
    return dhcp;
  }
  options(dhcp, child(ipv4, "OptionValues"), dhcp.globalOptions, "server options");
  for (const name of ["Policies", "Filters", "SuperScopes", "Failover"]) {
    const el = child(ipv4, name);
    if (el && el.children.length > 0)
      dhcp.unmodelled.push({
        line: el.line,
        text: `<${name}> (${el.children.length} entries)`,
        context: "server",
      });
  }
  for (const s of children(child(ipv4, "Scopes"), "Scope")) {
    const field = (name: string) => child(s, name)?.text ?? "";
    const id = field("ScopeId");
    const prefix = maskPrefix(field("SubnetMask"));
    const start = parseIp(field("StartRange"));
    const end = parseIp(field("EndRange"));
    const cidr = prefix === undefined ? undefined : parseCidr(`${id}/${prefix}`);
    if (!cidr || start === undefined || end === undefined) {
      const missing = ["ScopeId", "SubnetMask", "StartRange", "EndRange"].filter(
        (n) => !child(s, n),
      );
      dhcp.problems.push({
        line: s.line,
        message:
          missing.length > 0
            ? `this scope has no <${missing.join(">, <")}>; was the file translated, or written by another tool or version?`
            : `cannot read this scope's address, mask or range (${id} ${field("SubnetMask")}, ${field("StartRange")}-${field("EndRange")})`,
      });
      continue;
    }
    const name = field("Name");
    const scope = newScope(formatCidr(cidr), s.line, { label: name || undefined });
    const exclusions = children(child(s, "ExclusionRanges"), "IPRange").flatMap(
      (r): [number, number][] => {
        const xs = parseIp(child(r, "StartRange")?.text ?? "");
        const xe = parseIp(child(r, "EndRange")?.text ?? "");
        return xs !== undefined && xe !== undefined ? [[xs, xe]] : [];
      },
    );
    scope.ranges.push(
      ...rangesMinusExclusions(start, end, exclusions, child(s, "StartRange")!.line),
    );
    const lease = child(s, "LeaseDuration");
    const seconds = lease ? timeSpanSeconds(lease.text) : undefined;
    if (lease && seconds === undefined)
      dhcp.problems.push({
        line: lease.line,
        message: `cannot read the lease duration '${lease.text}' (expected days.hours:minutes:seconds, like 8.00:00:00)`,
      });
    if (seconds !== undefined) scope.lease = { value: seconds, line: lease!.line };
    options(dhcp, child(s, "OptionValues"), scope.options, `scope ${id}`);
    for (const r of children(child(s, "Reservations"), "Reservation")) {
      const mac = clientMac(child(r, "ClientId")?.text ?? "");
      const ip = child(r, "IPAddress")?.text ?? "";
      if (!mac || parseIp(ip) === undefined) {
        dhcp.unmodelled.push({
          line: r.line,
          text: "a reservation whose client id is not a MAC address",
          context: `scope ${id}`,
        });
        continue;
      }
      const host = (child(r, "Name")?.text ?? "").split(".")[0] || undefined;
      scope.reservations.push({ host, mac, ip, line: r.line });
    }
    const state = field("State");
    if (state && state !== "Active")
      dhcp.unmodelled.push({
        line: child(s, "State")!.line,
        text: `State ${state}`,
        context: `scope ${id}`,
      });
    const policies = child(s, "Policies");
    if (policies && policies.children.length > 0)
      dhcp.unmodelled.push({
        line: policies.line,
        text: `<Policies> (${policies.children.length})`,
        context: `scope ${id}`,
      });
    dhcp.scopes.push(scope);
  }
  placeReservations(dhcp);
  return dhcp;
}
