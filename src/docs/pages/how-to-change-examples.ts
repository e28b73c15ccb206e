/**
 * The worked examples of "how to change this site", one section each, written with the
 * site's own names (see `change-examples.ts` for the values). A section whose example the
 * site cannot give (no VMs, no groups) is left out.
 */
import { switchFilePaths } from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import { code, link, list, note, p, type Block, type Section } from "../doc.ts";
import { newPool, newReservation, newVlan, newVm } from "./change-examples.ts";
import { yamlExample } from "./yaml-example.ts";

/** A VLAN for a purpose the site lacks, on a free id and subnet, and what else to change. */
export function addVlan(ctx: DocsContext): Section {
  const { model } = ctx;
  const vlan = newVlan(model);
  const server = model.site.network.dhcpServers[0];
  const link0 = model.links[0];
  return {
    id: "add-vlan",
    heading: "Adding a VLAN",
    blocks: [
      p([
        "Add an entry under ",
        code("network.vlans"),
        `. This site has no VLAN for ${vlan.purpose} yet; VLAN id ${vlan.id} and subnet `,
        code(vlan.subnet),
        " are free:",
      ]),
      yamlExample(["network", "vlans"], [vlan], "Example VLAN entry"),
      list([
        server
          ? [
              "Add ",
              code(vlan.name),
              " to ",
              code("serves"),
              " of the DHCP server ",
              code(server.name),
              ".",
            ]
          : [
              "Add a DHCP server under ",
              code("network.dhcpServers"),
              " that serves it, or remove its dhcp part.",
            ],
        link0
          ? [
              "Add it to the ",
              code("tagged"),
              " list of every link between switches that must carry it, on both ends: for example ",
              ctx.switchLink(link0.a.switch),
              " (",
              code(`connects: ${link0.b.switch}:…`),
              ") and ",
              ctx.switchLink(link0.b.switch),
              ". Then give it ports with ",
              code("untagged"),
              ".",
            ]
          : ["Give it ports with ", code("untagged"), " on the switch."],
        ...(model.site.vsphere
          ? [["If virtual machines need it, add it to ", code("vsphere.portGroups"), "."]]
          : []),
      ]),
    ],
  };
}

/** VLANs people plug their own desks and devices into, as opposed to infrastructure. */
const USER_FACING = new Set(["staff", "public", "media-lab", "printers", "voip", "other"]);

/** Moving a group of access ports to another VLAN, on one of the site's own switches. */
export function changePort(ctx: DocsContext): Section | undefined {
  const { model } = ctx;
  const userFacing = (name: string | undefined) =>
    name !== undefined && USER_FACING.has(model.vlanByName.get(name)?.vlan.purpose ?? "");
  // An access port entry (one user-facing VLAN, no link), access switches first.
  const switches = [...model.site.network.switches].sort(
    (a, b) => Number(a.role === "core") - Number(b.role === "core"),
  );
  for (const sw of switches) {
    const entry = sw.ports.find((e) => userFacing(e.untagged) && !e.connects && !e.lag);
    if (!entry) continue;
    const other = model.vlans.find(
      (v) => v.vlan.name !== entry.untagged && userFacing(v.vlan.name),
    );
    if (!other) continue;
    // The entry as site.yaml has it, keys in their order, defaults left out.
    const changed = Object.fromEntries(
      Object.entries(entry)
        .filter(
          ([key, value]) => !(key === "tagged" && entry.tagged.length === 0) && value !== false,
        )
        .map(([key, value]) => [key, key === "untagged" ? other.vlan.name : value]),
    );
    return {
      id: "change-port",
      heading: "Changing what switch ports are for",
      blocks: [
        p([
          "Find the ports' entry under the switch in ",
          code("network.switches"),
          ` and change it. To put ${sw.name} ports ${String(entry.ports)} (${entry.description ?? entry.untagged}) on `,
          ctx.vlanLink(other.vlan.name),
          ", change ",
          code(`untagged: ${entry.untagged}`),
          " to:",
        ]),
        yamlExample([], changed, "Example port entry"),
        p([
          "Then render again and load ",
          code(switchFilePaths(sw.name).configFile),
          " onto ",
          ctx.switchLink(sw.name),
          " in the maintenance window.",
        ]),
      ],
    };
  }
  return undefined;
}

/** A fixed address for a device, on the site's first DHCP VLAN. */
export function addReservation(ctx: DocsContext): Section | undefined {
  const r = newReservation(ctx.model);
  if (!r) return undefined;
  return {
    id: "add-reservation",
    heading: "Giving a device a fixed address (DHCP reservation)",
    blocks: [
      p([
        "Add an entry under ",
        code("reservations"),
        " of its VLAN. On ",
        ctx.vlanLink(r.vlan),
        " the address ",
        code(r.entry.ip),
        " is free and outside the DHCP range; write the device's own MAC address (printed on its label):",
      ]),
      yamlExample(["reservations"], [r.entry], "Example reservation entry"),
    ],
  };
}

/** A second machine like one the site has. */
export function addVm(ctx: DocsContext): Section {
  const { model } = ctx;
  const vs = model.site.vsphere;
  const example = newVm(model);
  if (!vs || !example)
    return {
      id: "add-vm",
      heading: "Adding a virtual machine",
      blocks: [
        p(
          vs
            ? "Add an entry under vsphere.vms, with one of the templates below; the validator checks its address and name."
            : "This site has no vsphere section, so Carrel manages no virtual machines. See below how to add one.",
        ),
      ],
    };
  const templates = Object.keys(vs.templates).sort();
  return {
    id: "add-vm",
    heading: "Adding a virtual machine",
    blocks: [
      p([
        "Add an entry under ",
        code("vsphere.vms"),
        ". For a second machine like ",
        ctx.vmLink(example.like),
        ", the address ",
        code(example.vm.network.ip),
        " on ",
        ctx.vlanLink(example.vm.network.vlan),
        " is free:",
      ]),
      yamlExample(["vsphere", "vms"], [example.vm], "Example VM entry"),
      p([
        "Templates this site has: ",
        templates.length
          ? templates.map((t) => `${t} (${vs.templates[t]!.name})`).join(", ")
          : "none",
        ". Choose a backup class (",
        code("daily"),
        ", ",
        code("weekly"),
        " or ",
        code("none"),
        ") that a job on the ",
        link("operations.html", "backups page"),
        " covers. The preview shows one new VM and nothing else.",
      ]),
    ],
  };
}

/** A desktop pool for one of the site's rooms. */
export function addPool(ctx: DocsContext): Section | undefined {
  const pool = newPool(ctx.model);
  if (!pool) return undefined;
  return {
    id: "add-pool",
    heading: "Adding a desktop pool",
    blocks: [
      p([
        "Add an entry under ",
        code("vsphere.vdi.pools"),
        ". The desktops take addresses from their VLAN's DHCP range, so check the range has room (the ",
        link("network.html#ip-plan", "IP plan"),
        " shows free addresses):",
      ]),
      yamlExample(["vsphere", "vdi", "pools"], [pool], "Example desktop pool entry"),
      p(
        "To give a pool more or fewer desktops, change its count. Lowering it deletes the highest-numbered desktops; the preview lists them.",
      ),
    ],
  };
}

/** Giving a person access through one of the site's groups. */
export function addGroupMember(ctx: DocsContext): Section | undefined {
  const group = [...ctx.model.groups.values()].find((g) => g.members.length > 0);
  if (!group) return undefined;
  const domain = group.members[0]!.split("@")[1] ?? ctx.model.site.site.domain;
  return {
    id: "add-member",
    heading: "Giving someone access",
    blocks: [
      p([
        "Access comes from directory groups. Add the person's sign-in name to ",
        code("members"),
        " of the group, here ",
        ctx.groupLink(group.name),
        ":",
      ]),
      yamlExample(
        [],
        { name: group.name, members: [...group.members, `new.person@${domain}`] },
        "Example group entry",
      ),
      p("When someone leaves, remove them from every group the same way."),
    ],
  };
}

/** How to start the sections site.yaml leaves out. */
export function missingSections(ctx: DocsContext): Section | undefined {
  const { site } = ctx.model;
  const info = site.site;
  const servers = ctx.model.vlans.find((v) => v.vlan.purpose === "servers") ?? ctx.model.vlans[0]!;
  const blocks: Block[] = [];
  if (!site.vsphere)
    blocks.push(
      p([
        "Virtual machines: add a ",
        code("vsphere"),
        " section naming your vCenter and its parts as vCenter shows them (in angle brackets here), and the VLANs machines may join:",
      ]),
      yamlExample(
        ["vsphere"],
        {
          server: "<vCenter's address>",
          datacenter: "<datacenter name in vCenter>",
          cluster: "<cluster name>",
          datastore: "<datastore name>",
          distributedSwitch: "<distributed switch name>",
          portGroups: [servers.vlan.name],
          folders: ["Servers"],
        },
        "Example vsphere section",
      ),
    );
  if (!site.directory)
    blocks.push(
      p(["Directory groups: add a ", code("directory"), " section with the library's groups:"]),
      yamlExample(
        ["directory", "groups"],
        [{ name: `${info.code.toUpperCase()}-Staff`, description: "Every library staff member" }],
        "Example directory section",
      ),
    );
  if (!site.azure)
    blocks.push(
      p([
        "Azure (off-site backup storage, logs, a VPN): add an ",
        code("azure"),
        " section with the resource group and region, then its parts.",
      ]),
    );
  if (!site.inventory)
    blocks.push(
      p([
        "Equipment and licences: add an ",
        code("inventory"),
        " section, so replacements can be planned.",
      ]),
    );
  if (!site.operations)
    blocks.push(
      p([
        "Backups and runbooks: add an ",
        code("operations"),
        " section (see the ",
        link("operations.html", "backups page"),
        ").",
      ]),
    );
  if (blocks.length === 0) return undefined;
  return {
    id: "add-section",
    heading: "Parts this site does not have yet",
    blocks: [
      note("site.yaml leaves these out, so Carrel does not manage them. To start:"),
      ...blocks,
    ],
  };
}
