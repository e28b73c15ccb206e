/**
 * The site.yaml that `carrel init` writes: a small, valid starting point with comments
 * that say what to change. It is built as a YAML document with the `yaml` library, never
 * as text from a template, so that any name (quotes, `#`, `: `, a leading `*` or `-`,
 * `yes`, `null`) comes out quoted as YAML needs and reads back as written.
 */
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from "yaml";
import type { AddressPlan, InitAnswers, Section } from "./answers.ts";

/** What the answers make: derived names every section uses. */
function derived(a: InitAnswers) {
  const has = (s: Section) => a.sections.includes(s);
  return {
    vsphere: has("vsphere"),
    directory: has("directory"),
    azure: has("azure"),
    groupPrefix: a.code.toUpperCase(),
    storageAccount: `st${a.code.replaceAll("-", "")}backup`,
  };
}

/** The addresses a new site starts with when it has no allocation of its own. */
export const DEFAULT_PLAN: AddressPlan = {
  servers: "10.20.10",
  staff: "10.20.20",
  public: "10.20.30",
  management: "10.20.40",
};

/** The site as plain data, in the order it is written. */
function siteData(a: InitAnswers): Record<string, unknown> {
  const d = derived(a);
  const n = a.plan ?? DEFAULT_PLAN;
  const data: Record<string, unknown> = {
    version: 1,
    site: {
      name: a.name,
      code: a.code,
      ...(a.inherits?.includes("timezone") ? {} : { timezone: a.timezone }),
      domain: a.domain,
      locations: [{ id: "server-room", name: "Server room" }],
      contacts: [{ name: "Systems Administrator", role: "Systems Administrator", onCall: true }],
    },
    network: {
      // The isolated public VLAN reaches the internet only through the cores' default route.
      upstream: { gateway: `${n.servers}.254`, description: "The internet router (firewall)" },
      dns: [`${n.servers}.10`],
      ntp: [`${n.servers}.10`],
      vlans: [
        {
          id: 10,
          name: "servers",
          purpose: "servers",
          subnet: `${n.servers}.0/24`,
          gateway: `${n.servers}.1`,
          hosts: [
            d.vsphere
              ? { host: "vcenter", ip: `${n.servers}.5` }
              : { host: "dc01", ip: `${n.servers}.10` },
            { host: "dhcp01", ip: `${n.servers}.12` },
            { host: "fw01", ip: `${n.servers}.254` },
          ],
        },
        {
          id: 20,
          name: "staff",
          purpose: "staff",
          subnet: `${n.staff}.0/24`,
          gateway: `${n.staff}.1`,
          dhcp: { range: `${n.staff}.100-${n.staff}.250`, leaseTime: "8h" },
        },
        {
          id: 30,
          name: "public",
          purpose: "public",
          subnet: `${n.public}.0/24`,
          gateway: `${n.public}.1`,
          isolated: true,
          dhcp: { range: `${n.public}.50-${n.public}.240`, leaseTime: "4h" },
        },
        {
          id: 40,
          name: "management",
          purpose: "management",
          subnet: `${n.management}.0/24`,
          gateway: `${n.management}.1`,
        },
      ],
      dhcpServers: [
        {
          name: "dhcp01",
          software: "kea",
          address: `${n.servers}.12`,
          serves: ["staff", "public"],
        },
      ],
      switches: [
        {
          name: "core-sw1",
          model: "aruba-2930f-24g-poe-4sfpp",
          role: "core",
          location: "server-room",
          management: { vlan: "management", ip: `${n.management}.1` },
          ports: [
            { ports: "1-4", untagged: "servers", description: "Servers" },
            { ports: "5-8", untagged: "management", description: "Management" },
            { ports: "9-16", untagged: "staff", poe: true, description: "Staff desks" },
            { ports: "17-24", untagged: "public", poe: true, description: "Public PCs" },
          ],
        },
      ],
    },
  };
  // The library's own template folder: files there override Carrel's.
  data.templates = "templates";
  if (d.vsphere) {
    data.vsphere = {
      server: `vcenter.${a.domain}`,
      datacenter: "Datacenter",
      cluster: "Cluster01",
      datastore: "datastore1",
      distributedSwitch: `dvs-${a.code}`,
      portGroups: ["servers"],
      folders: ["Servers"],
      templates: { win2022: { name: "tmpl-win2022", os: "windows" } },
      vms: [
        {
          name: "dc01",
          template: "win2022",
          role: "domain-controller",
          cpus: 2,
          memoryGb: 8,
          disks: [80],
          network: { vlan: "servers", ip: `${n.servers}.10` },
          folder: "Servers",
          backup: "none",
        },
      ],
    };
  }
  if (d.directory) {
    data.directory = {
      groups: [
        {
          name: `${d.groupPrefix}-Staff`,
          description: "Every library staff member",
          memberGroups: [`${d.groupPrefix}-IT-Admins`],
        },
        {
          name: `${d.groupPrefix}-IT-Admins`,
          description: "Technology staff with administrative rights",
        },
      ],
    };
  }
  if (d.azure) {
    data.azure = {
      location: "eastus",
      resourceGroup: `rg-${a.code}-prod`,
      backup: {
        storageAccount: d.storageAccount,
        containers: ["vm-backups"],
        immutableDays: 30,
        coolAfterDays: 30,
        deleteAfterDays: 365,
      },
      logAnalytics: { retentionDays: 90 },
    };
  }
  data.operations = {
    maintenanceWindow: "Sun 06:00-10:00",
    runbooks: ["runbooks/getting-started.md"],
  };
  return data;
}

/** The node at a path of keys and indexes, if there is one. */
function nodeAt(doc: Document, path: readonly (string | number)[]): Node | undefined {
  return doc.getIn(path, true) as Node | undefined;
}

/** A comment at the end of the value's line. */
function after(doc: Document, path: readonly (string | number)[], text: string): void {
  const node = nodeAt(doc, path);
  if (node) node.comment = ` ${text}`;
}

/** Lists and sections written on one line: `dns: [10.20.10.10]`. */
function inline(doc: Document, path: readonly (string | number)[]): void {
  const node = nodeAt(doc, path);
  if (isSeq(node) || isMap(node)) node.flow = true;
}

/** The text of the new site.yaml. */
export function initSiteYaml(a: InitAnswers): string {
  const doc = new Document(siteData(a));
  doc.commentBefore = [
    ` ${a.name}: the whole technology estate, in one file.`,
    " ",
    " Generated by `carrel init` as a small, valid starting point. Replace the example",
    " addresses, switch and machines with your own, then run:",
    " ",
    "   npx carrel validate site.yaml     # every mistake, at its line and column",
    "   npx carrel render site.yaml       # switch, DHCP and DNS configurations in out/",
    "   npx carrel docs site.yaml         # the documentation site in docs/",
    " ",
    " Editors with YAML support complete keys from Carrel's JSON Schema",
    " (node_modules/carrel/schema/site.schema.json; .vscode/settings.json maps it).",
  ].join("\n");
  after(doc, ["site", "code"], "prefixes resource names; [a-z][a-z0-9-]{1,15}");
  after(doc, ["site", "domain"], "internal DNS / Active Directory domain");
  after(doc, ["site", "contacts", 0, "name"], "replace with the real people to call");
  after(
    doc,
    ["network", "vlans", 2, "isolated"],
    "reaches only the internet and the site's DNS and DHCP",
  );
  after(doc, ["network", "dhcpServers", 0, "software"], "kea | isc-dhcp | windows | dnsmasq");
  after(doc, ["templates"], "your own templates, overriding Carrel's (templates/README.md)");
  after(doc, ["vsphere", "vms", 0, "backup"], "add a backup job under operations, then set daily");
  after(
    doc,
    ["azure", "backup", "storageAccount"],
    "3-24 lowercase letters and digits, unique in Azure",
  );
  for (const path of [
    ["network", "dns"],
    ["network", "ntp"],
    ["network", "dhcpServers", 0, "serves"],
    ["vsphere", "portGroups"],
    ["vsphere", "folders"],
    ["vsphere", "templates", "win2022"],
    ["vsphere", "vms", 0, "disks"],
    ["vsphere", "vms", 0, "network"],
    ["directory", "groups", 0, "memberGroups"],
    ["azure", "backup", "containers"],
  ])
    inline(doc, path);
  // A blank line before each top-level section, as people write them.
  const top = doc.contents;
  if (isMap(top)) {
    for (const pair of top.items as Pair<Scalar>[])
      if (isScalar(pair.key) && pair.key.value !== "version") pair.key.spaceBefore = true;
  }
  return doc.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false });
}
