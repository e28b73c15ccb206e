/** Plain-word explanations of the site's enumerations, for readers who are not engineers. */
import type { Vlan } from "../../site/index.ts";

export { durationWords } from "../../site/duration.ts";

/** What a VLAN of each purpose is for. */
export const PURPOSE_WORDS: Record<Vlan["purpose"], string> = {
  servers: "the library's servers",
  staff: "staff computers and printers",
  public: "public computers and VDI desktops",
  guest: "visitors' own devices on the guest Wi-Fi",
  management: "managing the network equipment itself (switches, UPS, server consoles)",
  voip: "desk phones",
  "media-lab": "the Digital Media Lab",
  printers: "printers",
  cameras: "security cameras",
  iot: "building devices (Internet of Things)",
  other: "other devices",
};

/** What `isolated` means for a VLAN, in words. */
export function isolationWords(vlan: Vlan): string {
  return vlan.isolated
    ? "Isolated: devices here reach the internet, the library's DHCP, DNS and time servers and the connections listed below, and nothing else inside the library."
    : "Not isolated: devices here can reach the library's other networks, as the core switch routes between them.";
}
