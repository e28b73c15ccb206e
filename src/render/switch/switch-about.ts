/**
 * The comment lines after a configuration's first line: what the switch is, which release the
 * file is written for, how it is ordered, and anything a reader must know (a management
 * address the switch cannot take, a missing default route, a clock that strays). Site text in
 * them passes through `arubaComment`, so it cannot end a comment line.
 */
import type { SwitchTable } from "../../site/model/ports.ts";
import type { SiteModel } from "../../site/model/site-model.ts";
import type { SwitchIdentity } from "../../site/model/switch-firmware.ts";
import { DNS_MAX, SNTP_MAX } from "./globals.ts";

function releaseLine(identity: SwitchIdentity): string {
  switch (identity.releaseSource) {
    case "switch":
    case "asset":
    case "model":
      return `Written for ArubaOS-Switch ${identity.release}, the release site.yaml names.`;
    case "default":
      return `Written for ArubaOS-Switch ${identity.release}, Carrel's default for ${identity.family} switches; set firmware: in site.yaml to the release the switch runs.`;
    case "unknown":
      return "The release this switch runs is unknown; set firmware: in site.yaml (as 'show version' prints it).";
    default: {
      const never: never = identity.releaseSource;
      return never;
    }
  }
}

function unusedLine(model: SiteModel): string {
  const parking = model.security.parkingVlan;
  return parking === undefined
    ? "Ports not configured in site.yaml stay in VLAN 1, which has no address, and are disabled."
    : `Ports not configured in site.yaml are disabled and wait in VLAN ${parking} (parking), which nothing else uses.`;
}

/** What the reader must know about the hardening: who may manage the switch, what is left out. */
function hardeningLines(model: SiteModel, table: SwitchTable): string[] {
  const sec = model.security.switches.get(table.switch.name);
  if (!sec) return [];
  const networks = sec.managers.map((m) => `${m.network}/${m.prefix}`).join(", ");
  const lines = [
    `Management only from ${networks}, over SSH${model.security.settings.management.web === "ssl" ? " or HTTPS" : ""}: paste from there.`,
  ];
  if (sec.authorizedServersLeftOut)
    lines.push(
      "DHCP snooping: more DHCP servers and relays than the switch can authorize (20), so it accepts any DHCP server on its trusted ports.",
    );
  if (model.security.logHosts.length === 0)
    lines.push("No log host: site.yaml names none under security.logging.hosts.");
  if (model.security.settings.snmp.v3)
    lines.push(
      "SNMPv3: pasted, the switch asks for pass phrases at 'snmpv3 enable'; stop there and follow the delivery runbook.",
    );
  return lines;
}

/** The extra header lines of one switch's configuration (plain text, not yet comments). */
export function about(model: SiteModel, table: SwitchTable, identity: SwitchIdentity): string[] {
  const sw = table.switch;
  const label = table.model?.label ?? sw.model;
  const product = identity.productNumber ? ` (${identity.productNumber})` : "";
  const lines = [
    `Switch ${sw.name}: ${label}${product}, ${sw.role} switch.`,
    releaseLine(identity),
    "Order: management address and route, trunks, spanning tree, VLANs and DHCP snooping, ports and their protection, then last the unused ports and who may manage the switch; it can be uploaded as the startup-config or pasted.",
    unusedLine(model),
    ...hardeningLines(model, table),
  ];
  if (identity.productNumber === undefined) {
    lines.push(
      "No product number is known for this model, so the switch will refuse this file as an uploaded startup-config; paste it, or add productNumber under switchModels.",
    );
  }
  const core = sw.role === "core";
  if (core && model.site.network.upstream?.gateway === undefined) {
    lines.push(
      "No default route: site.yaml does not name the internet router; add " +
        "'ip route 0.0.0.0 0.0.0.0 <router>' by hand.",
    );
  }
  const clock = model.switchClock;
  if (clock.note) lines.push(`Clock: ${clock.note}.`);
  const ntp = model.site.network.ntp;
  if (ntp.length > SNTP_MAX) {
    lines.push(
      `SNTP: the switch keeps ${SNTP_MAX} servers; ${ntp.slice(SNTP_MAX).join(", ")} left out.`,
    );
  }
  const dns = model.site.network.dns;
  if (dns.length > DNS_MAX) {
    lines.push(
      `DNS: the switch keeps ${DNS_MAX} servers; ${dns.slice(DNS_MAX).join(", ")} left out.`,
    );
  }
  return lines;
}
