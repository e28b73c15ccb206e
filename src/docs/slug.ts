/** File names and fragment ids made from site.yaml names: lower case, letters, digits, hyphens. */
import { slugOf } from "../site/slug.ts";

/** A URL- and id-safe form of a name; never empty. */
export function slug(name: string): string {
  return slugOf(name) || "x";
}

/** Where each kind of thing is documented: the one table of page names and anchors. */
export const href = {
  overview: () => "index.html",
  startHere: () => "start-here.html",
  vendor: (name: string) => `vendors.html#vendor-${slug(name)}`,
  contact: (name: string) => `index.html#contact-${slug(name)}`,
  network: () => "network.html",
  vlan: (id: number) => `vlan-${id}.html`,
  switchPage: (name: string) => `switch-${slug(name)}.html`,
  port: (sw: string, port: number) => `switch-${slug(sw)}.html#port-${port}`,
  scope: (vlan: string) => `dhcp.html#scope-${slug(vlan)}`,
  dhcpServer: (name: string) => `dhcp.html#server-${slug(name)}`,
  dns: () => "dns.html",
  vm: (name: string) => `servers.html#vm-${slug(name)}`,
  host: (name: string) => `servers.html#host-${slug(name)}`,
  pool: (name: string) => `vdi.html#pool-${slug(name)}`,
  group: (name: string) => `directory.html#group-${slug(name)}`,
  azure: () => "azure.html",
  azureBackups: () => "azure.html#backup-storage",
  asset: (id: string) => `inventory.html#asset-${slug(id)}`,
  licence: (name: string) => `licences.html#licence-${slug(name)}`,
  backup: (name: string) => `operations.html#backup-${slug(name)}`,
  inventory: () => "inventory.html",
  licences: () => "licences.html",
  services: () => "services.html",
  service: (name: string) => `services.html#service-${slug(name)}`,
  publicDns: () => "public-dns.html",
  publicRecord: (name: string, type: string) =>
    `public-dns.html#record-${slug(name === "@" ? "apex" : name)}-${slug(type)}`,
  rooms: () => "rooms.html",
  room: (id: string) => `room-${slug(id)}.html`,
  roomCard: (id: string) => `room-card-${slug(id)}.html`,
  runbook: (path: string) => `runbook-${slug(path.replace(/\.md$/i, "").split("/").pop()!)}.html`,
  glossary: (term: string) => `glossary.html#term-${slug(term)}`,
  location: (id: string) => `index.html#location-${slug(id)}`,
  config: (path: string) => `configs/${path}`,
  /** A mail link; the address is percent-encoded, so it cannot add `?cc=` or headers. */
  mail: (address: string) =>
    `mailto:${[...Buffer.from(address, "utf8")]
      .map((b) =>
        /[A-Za-z0-9@._+-]/.test(String.fromCharCode(b))
          ? String.fromCharCode(b)
          : `%${b.toString(16).toUpperCase().padStart(2, "0")}`,
      )
      .join("")}`,
} as const;
