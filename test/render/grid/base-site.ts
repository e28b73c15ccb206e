/**
 * The injection grid's site: the example site.yaml, made to reach every output format.
 * Its DHCP-served VLANs are shared out among one server of each software (Kea, ISC dhcpd,
 * dnsmasq, Windows), each with a text option, and one switch uses a model of the site's
 * own with a label. Built from site.yaml when the test runs, so every key the example gains
 * is walked too.
 */
import { isMap, isSeq, parseDocument, type Document } from "yaml";
import { EXAMPLE } from "../../helpers/site.ts";

/** The servers added to the example's Kea server, and the VLANs each serves. */
const SERVERS = [
  { name: "dhcp02", software: "isc-dhcp", address: "10.20.10.21", serves: ["guest-wifi"] },
  { name: "dhcp03", software: "dnsmasq", address: "10.20.10.22", serves: ["media-lab"] },
  { name: "dhcp04", software: "windows", address: "10.20.10.23", serves: ["voip"] },
] as const;

/** A text option for each of the VLANs the added servers serve (voip has its own). */
const OPTIONS: Record<string, Record<string, string>> = {
  staff: { "boot-file-name": "pxelinux.0" },
  "guest-wifi": { "wpad-url": "http://wpad.rbpl.org/wpad.dat" },
  "media-lab": { "boot-file-name": "undionly.kpxe" },
};

function vlanIndex(doc: Document, name: string): number {
  const vlans = doc.getIn(["network", "vlans"]);
  if (!isSeq(vlans)) throw new Error("the example has no network.vlans");
  const i = vlans.items.findIndex((v) => isMap(v) && v.get("name") === name);
  if (i < 0) throw new Error(`the example has no VLAN ${name}`);
  return i;
}

/** The grid's site text. */
export function gridSiteText(): string {
  const doc = parseDocument(EXAMPLE);
  const kea = doc.getIn(["network", "dhcpServers", 0]);
  if (!isMap(kea)) throw new Error("the example has no DHCP server");
  const moved = new Set<string>(SERVERS.flatMap((s) => s.serves));
  const serves = (kea.get("serves", true) as unknown as { toJSON(): string[] }).toJSON();
  kea.set(
    "serves",
    doc.createNode(
      serves.filter((v) => !moved.has(v)),
      { flow: true },
    ),
  );
  const servers = doc.getIn(["network", "dhcpServers"]);
  if (!isSeq(servers)) throw new Error("the example has no network.dhcpServers");
  const serversVlan = vlanIndex(doc, "servers");
  for (const s of SERVERS) {
    servers.add(doc.createNode({ ...s, serves: [...s.serves] }));
    doc.addIn(["network", "vlans", serversVlan, "hosts"], { host: s.name, ip: s.address });
  }
  for (const [vlan, options] of Object.entries(OPTIONS)) {
    const at = ["network", "vlans", vlanIndex(doc, vlan), "dhcp", "options"];
    for (const [name, value] of Object.entries(options)) doc.setIn([...at, name], value);
  }
  doc.set(
    "switchModels",
    doc.createNode({
      "lab-24": { label: "Lab switch 24 (JL255A)", ports: 28, poe: "1-24", uplinks: "25-28" },
    }),
  );
  doc.setIn(["network", "switches", 1, "model"], "lab-24");
  return doc.toString();
}
