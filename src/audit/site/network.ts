/**
 * Site checks on the network plan: public and guest VLANs isolated, no management VLAN on a
 * public port, guest DNS public or filtered, no fixed addresses where ARP is protected.
 */
import { isPrivateIp, parseIp } from "../../site/net/ipv4.ts";
import { PUBLIC_PURPOSES } from "../../site/model/port-facing.ts";
import type { Outcome } from "../report.ts";
import { notApplicable, outcome, siteFinding, written, type SiteAudit } from "./context.ts";

function isolatedPublic(audit: SiteAudit): Outcome {
  const vlans = audit.model.site.network.vlans;
  const findings = vlans.flatMap((v, i) => {
    if (!PUBLIC_PURPOSES.includes(v.purpose) || v.isolated) return [];
    const isolatedWritten = written(audit, ["network", "vlans", i, "isolated"]);
    return [
      siteFinding(
        audit,
        "isolated-public-vlans",
        `VLAN '${v.name}' is a ${v.purpose} network but is not isolated: its devices can reach staff PCs, servers and the switches; set isolated: true`,
        ["network", "vlans", i, isolatedWritten ? "isolated" : "purpose"],
      ),
    ];
  });
  return vlans.some((v) => PUBLIC_PURPOSES.includes(v.purpose))
    ? outcome("isolated-public-vlans", findings)
    : notApplicable("isolated-public-vlans", "no VLAN has purpose public or guest");
}

function managementOnPublic(audit: SiteAudit): Outcome {
  const management = audit.model.managementVlans;
  const findings = audit.model.switches.flatMap((table) => {
    const sec = audit.model.security.switches.get(table.switch.name)!;
    const seen = new Set<number>();
    return [...sec.ports.values()].flatMap((p) => {
      const entry = table.switch.ports[p.entry]!;
      if (!p.publicFacing || seen.has(p.entry)) return [];
      const untagged = entry.untagged !== undefined && management.has(entry.untagged);
      const tagged = entry.tagged.findIndex((t) => management.has(t));
      if (!untagged && tagged < 0) return [];
      seen.add(p.entry);
      const vlan = untagged ? entry.untagged! : entry.tagged[tagged]!;
      return [
        siteFinding(
          audit,
          "management-on-public-port",
          `${table.switch.name} ports ${String(entry.ports)} are public ports and carry the management VLAN '${vlan}' ${untagged ? "untagged" : "tagged"}: anyone plugging in there reaches the switches' management`,
          untagged
            ? ["network", "switches", table.index, "ports", p.entry, "untagged"]
            : ["network", "switches", table.index, "ports", p.entry, "tagged", tagged],
        ),
      ];
    });
  });
  return outcome("management-on-public-port", findings);
}

function guestDns(audit: SiteAudit): Outcome {
  const filtered = new Set(audit.model.security.settings.filteredResolvers);
  const guests = audit.model.vlans.filter((v) => v.vlan.purpose === "guest" && v.vlan.dhcp);
  if (guests.length === 0)
    return notApplicable("guest-dns", "no guest VLAN hands out addresses with DHCP");
  const findings = guests.flatMap((v) => {
    const index = audit.model.site.network.vlans.indexOf(v.vlan);
    const own = v.vlan.dhcp?.dns !== undefined;
    const internal = v.dns.filter((ip) => {
      const n = parseIp(ip);
      return n !== undefined && isPrivateIp(n) && !filtered.has(ip);
    });
    if (internal.length === 0) return [];
    return [
      siteFinding(
        audit,
        "guest-dns",
        `guest VLAN '${v.vlan.name}' hands out the internal DNS server${internal.length > 1 ? "s" : ""} ${internal.join(", ")}: give it public resolvers (dhcp.dns) or list the library's filtering resolvers under security.filteredResolvers`,
        own ? ["network", "vlans", index, "dhcp", "dns"] : ["network", "dns"],
      ),
    ];
  });
  return outcome("guest-dns", findings);
}

function arpStaticHosts(audit: SiteAudit): Outcome {
  const protectedVlans = new Set(
    [...audit.model.security.switches.values()].flatMap((s) => s.arpVlans),
  );
  if (protectedVlans.size === 0)
    return notApplicable("arp-static-hosts", "no VLAN has ARP protection");
  const findings = audit.model.site.network.vlans.flatMap((v, i) =>
    protectedVlans.has(v.id)
      ? v.hosts.map((h, j) =>
          siteFinding(
            audit,
            "arp-static-hosts",
            `host '${h.host}' has the fixed address ${h.ip} on VLAN '${v.name}', where ARP protection drops what DHCP did not hand out: make it a DHCP reservation`,
            ["network", "vlans", i, "hosts", j, "ip"],
          ),
        )
      : [],
  );
  return outcome("arp-static-hosts", findings);
}

/** The network plan's checks. */
export function networkChecks(audit: SiteAudit): Outcome[] {
  return [isolatedPublic(audit), managementOnPublic(audit), guestDns(audit), arpStaticHosts(audit)];
}
