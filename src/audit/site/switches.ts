/**
 * Site checks on the switches' hardening, read from the model's security facts (the same the
 * renderer writes): DHCP snooping, trust, ARP and edge protection, management access, logs,
 * banner, idle timeout, SNMP, and firmware against the minimum site.yaml records.
 */
import type { Path } from "../../site/issue.ts";
import { snoops, type PortPolicy } from "../../site/model/switch-security.ts";
import { assetFirmware, switchIdentity } from "../../site/model/switch-firmware.ts";
import { compareReleases } from "../../site/switching/firmware.ts";
import type { Finding, Outcome } from "../report.ts";
import { notApplicable, outcome, siteFinding, written, type SiteAudit } from "./context.ts";

/** The widest admin network still taken as someone's own (a /16 is a whole campus). */
const WIDEST_ADMIN_PREFIX = 16;

function dhcpSnooping(audit: SiteAudit): Outcome {
  const settings = audit.model.security.settings;
  const served = audit.model.vlans.filter((v) => v.vlan.dhcp && v.dhcpServer);
  if (served.length === 0) return notApplicable("dhcp-snooping", "no VLAN has DHCP");
  const findings = served.flatMap((v) => {
    if (snoops(v, settings)) return [];
    const index = audit.model.site.network.vlans.indexOf(v.vlan);
    const own = v.vlan.security?.dhcpSnooping === false;
    return [
      siteFinding(
        audit,
        "dhcp-snooping",
        `VLAN '${v.vlan.name}' hands out addresses by DHCP without DHCP snooping: a device plugged in there can answer in the server's place`,
        own
          ? ["network", "vlans", index, "security", "dhcpSnooping"]
          : ["security", "dhcpSnooping", "enabled"],
      ),
    ];
  });
  return outcome("dhcp-snooping", findings);
}

/** Findings for port entries, one per entry, where `bad` holds for one of its ports. */
function perEntry(
  audit: SiteAudit,
  id: string,
  bad: (p: PortPolicy) => boolean,
  message: (sw: string, ports: string) => string,
  pathOf: (s: number, e: number) => Path,
): Finding[] {
  return audit.model.switches.flatMap((table) => {
    const sec = audit.model.security.switches.get(table.switch.name)!;
    const entries = new Set([...sec.ports.values()].filter(bad).map((p) => p.entry));
    return [...entries].map((e) =>
      siteFinding(
        audit,
        id,
        message(table.switch.name, String(table.switch.ports[e]!.ports)),
        pathOf(table.index, e),
      ),
    );
  });
}

function snoopingTrust(audit: SiteAudit): Outcome {
  const findings = perEntry(
    audit,
    "snooping-trust",
    (p) => p.dhcpTrust !== "none" && (p.facing === "device" || p.facing === "ap"),
    (sw, ports) =>
      `${sw} ports ${ports} face devices, not a switch or a DHCP server, yet are trusted for DHCP: a DHCP server plugged in there would be believed; remove security.trusted`,
    (s, e) => ["network", "switches", s, "ports", e, "security", "trusted"],
  );
  return outcome("snooping-trust", findings);
}

function arpProtection(audit: SiteAudit): Outcome {
  const settings = audit.model.security.settings;
  const wanted = audit.model.vlans.filter(
    (v) => v.vlan.isolated || v.vlan.purpose === "public" || v.vlan.purpose === "guest",
  );
  if (wanted.length === 0)
    return notApplicable("arp-protection", "no VLAN is isolated, public or guest");
  const arp = new Set([...audit.model.security.switches.values()].flatMap((s) => s.arpVlans));
  const carried = new Set(
    audit.model.switches.flatMap((t) =>
      [...t.ports.values()].flatMap((p) => [...(p.untagged ? [p.untagged] : []), ...p.tagged]),
    ),
  );
  const findings = wanted.flatMap((v) => {
    if (arp.has(v.vlan.id) || !carried.has(v.vlan.name)) return [];
    const index = audit.model.site.network.vlans.indexOf(v.vlan);
    const path: Path =
      v.vlan.security?.arpProtection === false
        ? ["network", "vlans", index, "security", "arpProtection"]
        : !snoops(v, settings)
          ? ["network", "vlans", index]
          : ["security", "arpProtection"];
    return [
      siteFinding(
        audit,
        "arp-protection",
        `VLAN '${v.vlan.name}' has no ARP protection${snoops(v, settings) ? "" : " (it needs DHCP snooping, which it lacks)"}: a device on it can pose as the router`,
        path,
      ),
    ];
  });
  return outcome("arp-protection", findings);
}

function edgeProtection(audit: SiteAudit): Outcome {
  const settings = audit.model.security.settings;
  const findings = perEntry(
    audit,
    "edge-protection",
    (p) => p.publicFacing && !p.edgeProtection,
    (sw, ports) =>
      `${sw} ports ${ports} are public ports without BPDU and loop protection: a patron's switch or a looped cable there can take the network down`,
    (s, e) =>
      !settings.edgePorts.enabled
        ? ["security", "edgePorts", "enabled"]
        : written(audit, ["network", "switches", s, "ports", e, "security", "edgeProtection"])
          ? ["network", "switches", s, "ports", e, "security", "edgeProtection"]
          : ["network", "switches", s, "ports", e, "security", "facing"],
  );
  return outcome("edge-protection", findings);
}

function authorizedManagers(audit: SiteAudit): Outcome {
  const subnets = audit.model.security.settings.management.adminSubnets;
  const findings = subnets.flatMap((text, i) => {
    const prefix = Number(text.split("/")[1]);
    return prefix < WIDEST_ADMIN_PREFIX
      ? [
          siteFinding(
            audit,
            "authorized-managers",
            `${text} lets a very wide network manage the switches; name the IT staff's own subnet instead`,
            ["security", "management", "adminSubnets", i],
          ),
        ]
      : [];
  });
  return outcome("authorized-managers", findings);
}

function logHosts(audit: SiteAudit): Outcome {
  if (audit.model.switches.length === 0) return notApplicable("log-hosts", "no switches");
  if (audit.model.security.logHosts.length > 0) return outcome("log-hosts", []);
  return outcome("log-hosts", [
    siteFinding(
      audit,
      "log-hosts",
      "the switches send their logs nowhere: name a log host under security.logging.hosts (a declared host, or log-analytics)",
      ["security", "logging", "hosts"],
    ),
  ]);
}

function banner(audit: SiteAudit): Outcome {
  if (audit.model.security.banner.length > 0) return outcome("login-banner", []);
  return outcome("login-banner", [
    siteFinding(
      audit,
      "login-banner",
      "the login banner is empty: leave security.management.banner out for the default notice, or write one",
      ["security", "management", "banner"],
    ),
  ]);
}

function idleTimeout(audit: SiteAudit): Outcome {
  if (audit.model.security.settings.management.idleTimeout > 0) return outcome("idle-timeout", []);
  return outcome("idle-timeout", [
    siteFinding(
      audit,
      "idle-timeout",
      "idle sessions are never closed (idleTimeout: 0); 10 minutes is usual",
      ["security", "management", "idleTimeout"],
    ),
  ]);
}

/** Carrel writes no community and turns telnet and plain web off: these pass by construction. */
function byConstruction(audit: SiteAudit): Outcome[] {
  const none = audit.model.switches.length === 0;
  return ["ssh-only", "snmp-v1-v2c"].map((id) =>
    none ? notApplicable(id, "no switches") : outcome(id, []),
  );
}

/** The release a switch runs as site.yaml records it, and where it is written. */
function recordedRelease(
  audit: SiteAudit,
  index: number,
): { release: string; path: Path } | undefined {
  const site = audit.model.site;
  const sw = site.network.switches[index]!;
  if (sw.firmware)
    return { release: sw.firmware, path: ["network", "switches", index, "firmware"] };
  const asset = site.inventory?.assets.findIndex((a) => a.id === sw.name) ?? -1;
  const own = asset >= 0 ? site.inventory!.assets[asset]!.firmware : undefined;
  if (own) return { release: own, path: ["inventory", "assets", asset, "firmware"] };
  const model = site.switchModels?.[sw.model]?.firmware;
  if (model && Object.hasOwn(site.switchModels!, sw.model))
    return { release: model, path: ["switchModels", sw.model, "firmware"] };
  return undefined;
}

function firmware(audit: SiteAudit): Outcome[] {
  const minimum = audit.model.security.settings.firmwareMinimum;
  const low: Finding[] = [];
  const unknown: Finding[] = [];
  for (const table of audit.model.switches) {
    const sw = table.switch;
    const recorded = recordedRelease(audit, table.index);
    const identity = switchIdentity(table, assetFirmware(audit.model.site, sw.name));
    if (!recorded) {
      unknown.push(
        siteFinding(
          audit,
          "firmware-unknown",
          `site.yaml does not record the release ${sw.name} runs; add firmware: to the switch or its inventory asset`,
          ["network", "switches", table.index, "model"],
        ),
      );
      continue;
    }
    const key = Object.hasOwn(minimum, sw.model) ? sw.model : identity.family;
    const floor = key !== undefined && Object.hasOwn(minimum, key) ? minimum[key] : undefined;
    const order = floor === undefined ? undefined : compareReleases(recorded.release, floor);
    if (order !== undefined && order < 0)
      low.push(
        siteFinding(
          audit,
          "firmware-minimum",
          `${sw.name} runs ${recorded.release}, older than the minimum ${floor} for ${key}: upgrade it`,
          recorded.path,
        ),
      );
  }
  const anyMinimum = Object.keys(minimum).length > 0;
  return [
    anyMinimum || written(audit, ["security", "firmwareMinimum"])
      ? outcome("firmware-minimum", low)
      : notApplicable(
          "firmware-minimum",
          "site.yaml records no minimum (security.firmwareMinimum)",
        ),
    audit.model.switches.length === 0
      ? notApplicable("firmware-unknown", "no switches")
      : outcome("firmware-unknown", unknown),
  ];
}

/** The switches' checks. */
export function switchChecks(audit: SiteAudit): Outcome[] {
  return [
    dhcpSnooping(audit),
    snoopingTrust(audit),
    arpProtection(audit),
    edgeProtection(audit),
    authorizedManagers(audit),
    logHosts(audit),
    banner(audit),
    idleTimeout(audit),
    ...byConstruction(audit),
    ...firmware(audit),
  ];
}
