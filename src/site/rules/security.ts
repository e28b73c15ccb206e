/**
 * The `security:` section's cross-field checks: the parking VLAN is free, every log host is
 * something the site knows (a declared machine, an outside address, or the Log Analytics
 * collector), admin subnets are networks, the banner fits the switch, each firmware minimum
 * names a model or family and a release of it, and a VLAN that asks for ARP protection has
 * the DHCP snooping it depends on. Not one of the spec's numbered rules.
 */
import { error, warning, type Issue } from "../issue.ts";
import { staticAddresses, vlanAddressing } from "../model/addresses.ts";
import { LOG_ANALYTICS, LOG_HOSTS_MAX } from "../model/security.ts";
import { cidrContains, formatCidr, parseCidr, parseIp } from "../net/ipv4.ts";
import { BANNER_MAX, SECURITY_DEFAULTS } from "../schema-security.ts";
import type { Site } from "../schema.ts";
import { didYouMean } from "../suggest.ts";
import { FIRMWARE_FAMILIES, releaseFamily } from "../switching/firmware.ts";
import type { Rule } from "./rule.ts";
import { modelOf } from "./switch-models.ts";

const AT = ["security"] as const;

function parkingVlan(site: Site): Issue[] {
  const id = site.security?.unusedPorts.parkingVlan;
  if (id === undefined) return [];
  const path = [...AT, "unusedPorts", "parkingVlan"];
  if (id < 2 || id > 4094)
    return [
      error(
        "security",
        path,
        `${id} is not a VLAN id; a parking VLAN is 2-4094 (VLAN 1 is where unused ports sit without one)`,
      ),
    ];
  const taken = site.network.vlans.find((v) => v.id === id);
  return taken
    ? [
        error(
          "security",
          path,
          `VLAN ${id} is '${taken.name}'; the parking VLAN must be an id no site VLAN uses`,
        ),
      ]
    : [];
}

function logHosts(site: Site): Issue[] {
  const hosts = site.security?.logging.hosts ?? [];
  const statics = staticAddresses(site).filter((s) => s.kind !== "gateway");
  const subnets = vlanAddressing(site).flatMap((v) => (v.cidr ? [v.cidr] : []));
  const issues: Issue[] = [];
  if (hosts.length > LOG_HOSTS_MAX)
    issues.push(
      error(
        "security",
        [...AT, "logging", "hosts", LOG_HOSTS_MAX],
        `a switch sends to at most ${LOG_HOSTS_MAX} log hosts; this list has ${hosts.length}`,
      ),
    );
  hosts.forEach((entry, i) => {
    const path = [...AT, "logging", "hosts", i];
    if (entry === LOG_ANALYTICS) {
      if (site.azure?.logAnalytics?.collector === undefined)
        issues.push(
          error(
            "security",
            path,
            "log-analytics names the Log Analytics collector, but azure.logAnalytics.collector gives no address; add it (the syslog forwarder's address)",
          ),
        );
      return;
    }
    const ip = parseIp(entry);
    if (ip !== undefined) {
      if (subnets.some((c) => cidrContains(c, ip)) && !statics.some((s) => s.ip === ip))
        issues.push(
          error(
            "security",
            path,
            `${entry} is inside a site subnet but is no declared host or VM; declare the log host under its VLAN's hosts`,
          ),
        );
      return;
    }
    if (!statics.some((s) => s.name.toLowerCase() === entry.toLowerCase()))
      issues.push(
        error(
          "security",
          path,
          `'${entry}' is no host, VM or reservation declared in this file${didYouMean(entry, [...statics.map((s) => s.name), LOG_ANALYTICS])}`,
        ),
      );
  });
  return issues;
}

function adminSubnets(site: Site): Issue[] {
  return (site.security?.management.adminSubnets ?? []).flatMap((text, i) => {
    const cidr = parseCidr(text);
    if (!cidr || cidr.address === cidr.network) return [];
    return [
      error(
        "security",
        [...AT, "management", "adminSubnets", i],
        `${text} has host bits set; did you mean ${formatCidr(cidr)}?`,
      ),
    ];
  });
}

function banner(site: Site): Issue[] {
  const lines = site.security?.management.banner;
  if (!lines) return [];
  const length = lines.join("\n").length;
  return length > BANNER_MAX
    ? [
        error(
          "security",
          [...AT, "management", "banner"],
          `the banner is ${length} characters long with its line breaks; the switch keeps at most ${BANNER_MAX}`,
        ),
      ]
    : [];
}

function firmwareMinimum(site: Site): Issue[] {
  const issues: Issue[] = [];
  for (const [key, release] of Object.entries(site.security?.firmwareMinimum ?? {})) {
    const path = [...AT, "firmwareMinimum", key];
    const family = releaseFamily(release);
    if (Object.hasOwn(FIRMWARE_FAMILIES, key) || /^[A-Z]{2}$/.test(key)) {
      if (family !== key)
        issues.push(
          error(
            "security",
            path,
            `release ${release} is not of family ${key}; a minimum for ${key} is written like ${key}.16.11.0025`,
          ),
        );
      continue;
    }
    const model = modelOf(site, key);
    if (!model) {
      const keys = [
        ...site.network.switches.map((s) => s.model),
        ...Object.keys(FIRMWARE_FAMILIES),
      ];
      issues.push(
        error(
          "security",
          [...path],
          `'${key}' is neither a switch model this site uses nor a software family (WC, YC, YA)${didYouMean(key, keys)}`,
        ),
      );
      continue;
    }
    if (model.firmwareFamily !== undefined && family !== model.firmwareFamily)
      issues.push(
        error(
          "security",
          path,
          `release ${release} is of family ${family}; '${key}' runs ${model.firmwareFamily} releases`,
        ),
      );
  }
  return issues;
}

function arpWithoutSnooping(site: Site): Issue[] {
  const settings = site.security ?? SECURITY_DEFAULTS;
  const served = new Set(site.network.dhcpServers.flatMap((d) => d.serves));
  const issues: Issue[] = [];
  site.network.vlans.forEach((v, i) => {
    if (v.security?.arpProtection !== true) return;
    const snooped =
      v.dhcp !== undefined &&
      served.has(v.name) &&
      (v.security.dhcpSnooping ?? settings.dhcpSnooping.enabled);
    if (!snooped)
      issues.push(
        warning(
          "security",
          ["network", "vlans", i, "security", "arpProtection"],
          `ARP protection trusts only addresses DHCP snooping has seen handed out, and VLAN '${v.name}' has ${v.dhcp === undefined ? "no DHCP" : "no DHCP snooping"}: it is left off here, or it would cut every device off`,
        ),
      );
  });
  return issues;
}

export const securityRule: Rule = {
  id: "security",
  title: "the security section names free VLANs, known log hosts, networks and releases",
  check(site) {
    return [
      ...arpWithoutSnooping(site),
      ...parkingVlan(site),
      ...logHosts(site),
      ...adminSubnets(site),
      ...banner(site),
      ...firmwareMinimum(site),
    ];
  },
};
