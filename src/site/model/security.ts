/**
 * The site's hardening, resolved once: the `security:` section with its defaults, the log
 * hosts with their addresses, the login banner, the parking VLAN, and each switch's own
 * hardening (`switch-security.ts`). A site without the section gets the defaults.
 */
import { parseCidr, formatIp, formatMask, parseIp } from "../net/ipv4.ts";
import { SECURITY_DEFAULTS } from "../schema-security.ts";
import { fitName } from "../switching/ascii.ts";
import type { SecuritySection, Site } from "../schema.ts";
import type { StaticAddress } from "./addresses.ts";
import type { DhcpServerModel } from "./dhcp-servers.ts";
import type { Link } from "./links.ts";
import type { SwitchTable } from "./ports.ts";
import { switchSecurity, type SwitchSecurity } from "./switch-security.ts";
import type { VlanModel } from "./vlans.ts";

/** The word in `security.logging.hosts` that names Azure's Log Analytics collector. */
export const LOG_ANALYTICS = "log-analytics";

/** The most syslog receivers a switch keeps (M&C, "Configuring a syslog server"). */
export const LOG_HOSTS_MAX = 6;

/** A syslog receiver: its address, and the name it was given by. */
export interface LogHost {
  readonly address: string;
  /** The declared host or VM, `log-analytics`, or undefined for a written address. */
  readonly name: string | undefined;
  /** Index in `security.logging.hosts`. */
  readonly index: number;
}

/** The site's hardening. */
export interface SiteSecurity {
  /** The section with every default applied. */
  readonly settings: SecuritySection;
  /** Whether site.yaml has a `security:` section at all. */
  readonly written: boolean;
  /** Per switch, by name. */
  readonly switches: ReadonlyMap<string, SwitchSecurity>;
  /** Log hosts that resolve, in the order written (rules report the others). */
  readonly logHosts: readonly LogHost[];
  /** The login banner's lines. */
  readonly banner: readonly string[];
  /** The VLAN unused ports sit in, when asked for. */
  readonly parkingVlan: number | undefined;
}

/** What the site security derivation reads from the rest of the model. */
export interface SecurityInput {
  readonly site: Site;
  readonly vlans: readonly VlanModel[];
  readonly vlanByName: ReadonlyMap<string, VlanModel>;
  readonly switches: readonly SwitchTable[];
  readonly links: readonly Link[];
  readonly statics: readonly StaticAddress[];
  readonly dhcpServers: readonly DhcpServerModel[];
}

/**
 * The default banner: the library's name and a plain notice. The name is made to fit the
 * switch's quoted banner (plain ASCII, no quotes), and a `;` or `!` it starts with, which a
 * configuration file would read as a comment, is dropped; when nothing of the name is
 * left, the site's code stands in, so the banner always has the same lines.
 */
export function defaultBanner(site: Site): string[] {
  const name = fitName(site.site.name, 80).replace(/^[\s;!]+/, "") || site.site.code;
  return [name, "Network equipment: authorized staff only. Sign-ins and changes are logged."];
}

/** Resolves one `logging.hosts` entry to an address, or undefined when it names nothing known. */
export function logHostAddress(
  site: Site,
  statics: readonly StaticAddress[],
  entry: string,
): string | undefined {
  if (entry === LOG_ANALYTICS) return site.azure?.logAnalytics?.collector;
  if (parseIp(entry) !== undefined) return formatIp(parseIp(entry)!);
  const named = statics.find(
    (s) => s.kind !== "gateway" && s.name.toLowerCase() === entry.toLowerCase(),
  );
  return named?.text;
}

/** Hops from every switch to its nearest core over the links (cores 0). */
export function coreDistances(site: Site, links: readonly Link[]): Map<string, number> {
  const distance = new Map<string, number>();
  let frontier = site.network.switches.filter((s) => s.role === "core").map((s) => s.name);
  for (const name of frontier) distance.set(name, 0);
  for (let hops = 1; frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const link of links)
      for (const [a, b] of [
        [link.a.switch, link.b.switch],
        [link.b.switch, link.a.switch],
      ] as const)
        if (frontier.includes(a) && !distance.has(b)) {
          distance.set(b, hops);
          next.push(b);
        }
    frontier = next;
  }
  return distance;
}

/** Builds the site's hardening. Call only on a valid site. */
export function siteSecurity(input: SecurityInput): SiteSecurity {
  const { site } = input;
  const settings = site.security ?? SECURITY_DEFAULTS;
  const adminNetworks = settings.management.adminSubnets.flatMap((text) => {
    const cidr = parseCidr(text);
    return cidr
      ? [{ network: formatIp(cidr.network), mask: formatMask(cidr.prefix), prefix: cidr.prefix }]
      : [];
  });
  const shared = {
    settings,
    vlans: input.vlans,
    vlanByName: input.vlanByName,
    links: input.links,
    coreDistance: coreDistances(site, input.links),
    hasCore: site.network.switches.some((s) => s.role === "core"),
    dhcpServerVlans: new Set(input.dhcpServers.map((d) => d.home.vlan.name)),
    dhcpServerAddresses: new Map(input.dhcpServers.map((d) => [d.server.name, formatIp(d.ip)])),
    adminNetworks,
  };
  const logHosts = settings.logging.hosts.flatMap((entry, index) => {
    const address = logHostAddress(site, input.statics, entry);
    if (address === undefined) return [];
    return [{ address, name: parseIp(entry) === undefined ? entry : undefined, index }];
  });
  return {
    settings,
    written: site.security !== undefined,
    switches: new Map(input.switches.map((t) => [t.switch.name, switchSecurity(t, shared)])),
    logHosts,
    banner: settings.management.banner ?? defaultBanner(site),
    parkingVlan: settings.unusedPorts.parkingVlan,
  };
}
