/**
 * Compares a DHCP server's running configuration (dhcpd.conf, kea-dhcp4.conf, dnsmasq.conf
 * or a Windows export) with the scopes site.yaml renders for it: per subnet, the range, the
 * lease time, every option and every reservation. What site.yaml renders is taken from the
 * same scope model the renderers use, so a server in another format than site.yaml says
 * (a Windows export against `software: windows`, whose rendered file is a script) compares
 * all the same.
 */
import {
  effectiveLease,
  effectiveOptions,
  type RunningDhcp,
  type RunningScope,
  describeOption,
} from "../device/dhcp/index.ts";
import { baseOptions } from "../render/dhcp/options-for.ts";
import { serverScopes, type DhcpScope } from "../render/dhcp/scope.ts";
import type { DhcpServer } from "../site/schema.ts";
import type { SiteModel } from "../site/model/site-model.ts";
import type { SitePlaces } from "./places.ts";
import type { DeviceReport, Difference, SitePlace } from "./report.ts";

/** Options that say nothing beyond the scope itself (mask, broadcast, lease, host name). */
const IMPLIED = new Set([1, 12, 28, 51]);

/** The option values site.yaml renders for a scope, by code. */
function expectedOptions(scope: DhcpScope): Map<number, readonly string[]> {
  const out = new Map<number, readonly string[]>();
  for (const o of baseOptions(scope)) out.set(o.code, o.values);
  for (const o of scope.options) out.set(o.spec.code, o.values);
  return out;
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x.toLowerCase() === b[i]!.toLowerCase());

/** Where site.yaml sets an option of a VLAN's scope. */
function optionPlace(
  model: SiteModel,
  places: SitePlaces,
  scope: DhcpScope,
  code: number,
): SitePlace | undefined {
  const vlan = model.site.network.vlans.find((v) => v.id === scope.vlanId);
  const dhcp = vlan?.dhcp;
  switch (code) {
    case 3:
      return places.vlan(scope.vlanId, "gateway");
    case 6:
      return dhcp?.dns ? places.vlan(scope.vlanId, "dhcp", "dns") : places.at(["network", "dns"]);
    case 15:
      return dhcp?.domain
        ? places.vlan(scope.vlanId, "dhcp", "domain")
        : places.at(["site", "domain"]);
    case 42:
      return dhcp?.ntp ? places.vlan(scope.vlanId, "dhcp", "ntp") : places.at(["network", "ntp"]);
    default: {
      const name = scope.options.find((o) => o.spec.code === code)?.spec.name;
      return name
        ? places.vlan(scope.vlanId, "dhcp", "options", name)
        : places.vlan(scope.vlanId, "dhcp", "options");
    }
  }
}

function compareScope(
  model: SiteModel,
  places: SitePlaces,
  dhcp: RunningDhcp,
  want: DhcpScope,
  have: RunningScope,
  file: string,
): Difference[] {
  const diffs: Difference[] = [];
  const at = (line: number | undefined) => (line === undefined ? {} : { running: { file, line } });
  const add = (message: string, site: SitePlace | undefined, line: number | undefined) =>
    diffs.push({ message, ...(site ? { site } : {}), ...at(line) });
  const label = `scope ${want.cidr} (VLAN ${want.vlanId} ${want.vlanName})`;
  const ranges = have.ranges.map((r) => `${r.start}-${r.end}`);
  const range = `${want.rangeStart}-${want.rangeEnd}`;
  if (ranges.length !== 1 || ranges[0] !== range)
    add(
      `${label}: the range is ${ranges.join(" and ") || "none"} on the server, ${range} in site.yaml`,
      places.vlan(want.vlanId, "dhcp", "range"),
      have.ranges[0]?.line ?? have.line,
    );
  const lease = effectiveLease(dhcp, have);
  if (lease?.value !== want.leaseSeconds)
    add(
      `${label}: leases last ${lease ? `${lease.value} s` : "the server's default"} on the server, ${want.leaseSeconds} s in site.yaml`,
      places.vlan(want.vlanId, "dhcp", "leaseTime"),
      lease?.line ?? have.line,
    );
  const expected = expectedOptions(want);
  const running = effectiveOptions(dhcp, have);
  for (const [code, values] of expected) {
    const got = running.get(code);
    if (!got)
      add(
        `${label}: ${describeOption(code)} ${values.join(", ")} is not handed out by the server`,
        optionPlace(model, places, want, code),
        have.line,
      );
    else if (!same(got.values, values))
      add(
        `${label}: ${describeOption(code)} is ${got.values.join(", ")} on the server, ${values.join(", ")} in site.yaml`,
        optionPlace(model, places, want, code),
        got.line,
      );
  }
  for (const [code, got] of running)
    if (!expected.has(code) && !IMPLIED.has(code))
      add(
        `${label}: the server hands out ${describeOption(code)} ${got.values.join(", ")}, which site.yaml does not`,
        undefined,
        got.line,
      );
  const byIp = new Map(have.reservations.map((r) => [r.ip, r]));
  want.reservations.forEach((r) => {
    const got = byIp.get(r.ip);
    const index =
      model.site.network.vlans
        .find((v) => v.id === want.vlanId)
        ?.reservations.findIndex((x) => x.ip === r.ip) ?? -1;
    const site =
      index < 0
        ? places.vlan(want.vlanId, "reservations")
        : places.vlan(want.vlanId, "reservations", index);
    if (!got)
      add(
        `${label}: the reservation of ${r.ip} for ${r.host} (${r.mac}) is not on the server`,
        site,
        undefined,
      );
    else if (got.mac !== r.mac)
      add(
        `${label}: ${r.ip} is reserved for ${got.mac} on the server, ${r.mac} in site.yaml`,
        site,
        got.line,
      );
    else if (got.host !== undefined && got.host.toLowerCase() !== r.host.toLowerCase())
      add(
        `${label}: ${r.ip} is reserved as '${got.host}' on the server, '${r.host}' in site.yaml`,
        site,
        got.line,
      );
  });
  const wanted = new Set(want.reservations.map((r) => r.ip));
  for (const got of have.reservations)
    if (!wanted.has(got.ip))
      add(
        `${label}: the server reserves ${got.ip} for ${got.mac}${got.host ? ` (${got.host})` : ""}, which site.yaml does not`,
        places.vlan(want.vlanId, "reservations"),
        got.line,
      );
  return diffs;
}

/** The scopes site.yaml renders for a server: the renderers' own scope model. */
function renderedScopes(model: SiteModel, server: DhcpServer): DhcpScope[] {
  const dhcp = model.dhcpServers.find((d) => d.server.name === server.name);
  return dhcp ? serverScopes(dhcp) : [];
}

/** Compares one DHCP server. */
export function compareDhcp(
  model: SiteModel,
  server: DhcpServer,
  dhcp: RunningDhcp,
  file: string,
  places: SitePlaces,
  source: string,
): DeviceReport {
  const lines = source.split(/\r?\n/);
  const diffs: Difference[] = [];
  if (dhcp.software !== server.software)
    diffs.push({
      message: `the server runs ${dhcp.software}; site.yaml says ${server.software}`,
      site: places.dhcpServer(server.name, "software"),
    });
  const want = renderedScopes(model, server);
  const have = new Map(dhcp.scopes.map((s) => [s.subnet, s]));
  for (const scope of want) {
    const running = have.get(scope.cidr);
    if (!running)
      diffs.push({
        message: `scope ${scope.cidr} (VLAN ${scope.vlanId} ${scope.vlanName}) is not on the server`,
        ...(places.vlan(scope.vlanId, "dhcp") ? { site: places.vlan(scope.vlanId, "dhcp")! } : {}),
      });
    else diffs.push(...compareScope(model, places, dhcp, scope, running, file));
  }
  const wanted = new Set(want.map((s) => s.cidr));
  for (const s of dhcp.scopes)
    // A subnet with nothing to hand out (dhcpd's declaration of its own network) serves no one.
    if (!wanted.has(s.subnet) && (s.ranges.length > 0 || s.reservations.length > 0))
      diffs.push({
        message: `scope ${s.subnet} is on the server, but site.yaml does not serve that subnet from ${server.name}`,
        running: { file, line: s.line },
      });
  const secrets = dhcp.secrets.length;
  const secretLines = new Set(dhcp.secrets.map((x) => x.line));
  // Show each running line's text, unless it holds a secret.
  const shown = diffs.map((d): Difference => {
    const text =
      d.running && !secretLines.has(d.running.line) ? lines[d.running.line - 1]?.trim() : undefined;
    return d.running && text !== undefined ? { ...d, running: { ...d.running, text } } : d;
  });
  return {
    name: server.name,
    kind: "dhcp",
    file,
    differences: shown,
    notCompared:
      secrets > 0
        ? [`${secrets} ${secrets === 1 ? "setting" : "settings"} holding keys or passwords`]
        : [],
  };
}
