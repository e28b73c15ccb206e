/** Servers and VMs: the vSphere platform, physical hosts with fixed addresses, and every VM. */
import { jobsCovering } from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import { code, facts, joined, link, p, table, type Inline, type Page } from "../doc.ts";
import { href, slug } from "../slug.ts";
import { groupedTable } from "./grouping.ts";

/** Builds servers.html. */
export function serversPage(ctx: DocsContext): Page {
  const { model } = ctx;
  const vs = model.site.vsphere;
  const hosts = model.vlans.flatMap((v) => v.hosts.map((h) => ({ vlan: v.vlan.name, host: h })));
  const vms = groupedTable({
    id: "vms-by-folder",
    caption: "Virtual machines",
    head: [
      "VM",
      "Role",
      "Operating system",
      "CPUs",
      "Memory (GB)",
      "Disks (GB)",
      "Network",
      "Backup",
      "Kept apart from",
      "Asset",
    ],
    numeric: [3, 4],
    rows: model.vms.map(({ vm, template }) => {
      const jobs = jobsCovering(model.site, vm);
      const apart = model.vms
        .filter(
          (o) =>
            o.vm.name !== vm.name &&
            vm.antiAffinity !== undefined &&
            o.vm.antiAffinity === vm.antiAffinity,
        )
        .map((o) => ctx.vmLink(o.vm.name));
      return {
        group: `Folder ${vm.folder}`,
        id: `vm-${slug(vm.name)}`,
        cells: [
          vm.name,
          vm.role ?? "",
          template
            ? [template.os === "windows" ? "Windows" : "Linux", " (", code(template.name), ")"]
            : vm.template,
          vm.cpus,
          vm.memoryGb,
          vm.disks.join(" + "),
          [ctx.vlanLink(vm.network.vlan), " ", code(vm.network.ip)],
          vm.backup === "none"
            ? "none"
            : [
                vm.backup,
                jobs.length ? [" (", joined(jobs.map((j) => link(href.backup(j), j))), ")"] : "",
              ],
          apart.length === 0
            ? "—"
            : apart.length <= 3
              ? joined(apart)
              : [`the ${apart.length} other VMs in group `, code(vm.antiAffinity!)],
          ctx.assetLink(vm.name) ?? "—",
        ] as Inline[],
      };
    }),
    groupedBy: "folder",
  });
  const hostTable = groupedTable({
    id: "hosts-by-vlan",
    caption: "Machines with fixed addresses that are not managed VMs",
    head: ["Host", "Address", "VLAN", "MAC", "Description"],
    rows: hosts.map(({ vlan, host }) => ({
      group: vlan,
      id: `host-${slug(host.host)}`,
      cells: [
        host.host,
        code(host.ip),
        ctx.vlanLink(vlan),
        host.mac ? code(host.mac) : "",
        host.description ?? "",
      ],
    })),
    groupedBy: "VLAN",
  });
  return {
    path: "servers.html",
    title: "Servers and VMs",
    nav: "servers",
    lead: "The library's servers run as virtual machines (VMs) on a small VMware vSphere cluster. Carrel creates and changes the VMs listed here through Pulumi; the physical hosts and appliances are listed too.",
    sections: [
      {
        id: "vsphere",
        heading: "vSphere platform",
        blocks: vs
          ? [
              facts([
                ["vCenter", code(vs.server)],
                ["Datacenter", vs.datacenter],
                ["Cluster", vs.cluster],
                ["Datastore", vs.datastore],
                ["Distributed switch", vs.distributedSwitch],
                [
                  "Port groups",
                  joined(
                    vs.portGroups.map((v) => [
                      ctx.vlanLink(v),
                      " as ",
                      code(`${model.site.site.code}-${v}`),
                    ]),
                  ),
                ],
                ["VM folders", vs.folders.join(", ")],
              ]),
              table({
                caption: "Templates VMs and desktops are cloned from",
                head: ["Key in site.yaml", "Template in vCenter", "Operating system"],
                rows: Object.entries(vs.templates)
                  .sort(([a], [b]) => a.localeCompare(b))
                  .map(([key, t]) => [code(key), code(t.name), t.os]),
                rowHeader: true,
              }),
            ]
          : [p("This site has no vSphere section: no VMs are managed.")],
      },
      { id: "vms", heading: "Virtual machines", blocks: vms.blocks, sections: vms.sections },
      {
        id: "hosts",
        heading: "Hosts and appliances",
        blocks: hostTable.blocks,
        sections: hostTable.sections,
      },
    ],
  };
}
