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

/** The extra header lines of one switch's configuration (plain text, not yet comments). */
export function about(model: SiteModel, table: SwitchTable, identity: SwitchIdentity): string[] {
  const sw = table.switch;
  const label = table.model?.label ?? sw.model;
  const product = identity.productNumber ? ` (${identity.productNumber})` : "";
  const lines = [
    `Switch ${sw.name}: ${label}${product}, ${sw.role} switch.`,
    releaseLine(identity),
    "Order: management address and route, trunks, spanning tree, VLANs, ports, then unused ports disabled last; it can be uploaded as the startup-config or pasted.",
    "Ports not configured in site.yaml stay in VLAN 1, which has no address, and are disabled.",
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
