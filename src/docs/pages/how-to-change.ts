/**
 * "How to change this site", written for this site: where the files and secrets live,
 * and worked examples (a VLAN, a VM, a desktop pool) that use this site's own names,
 * a free VLAN id, a free subnet and a free address.
 */
import {
  cidrsOverlap,
  formatIp,
  freeAddress as freeAddressIn,
  parseCidr,
  type SiteModel,
} from "../../site/index.ts";
import { SECRET_KEYS_FOR } from "../../pulumi/config-keys.ts";
import type { DocsContext } from "../context.ts";
import { code, link, list, p, type Block, type Page } from "../doc.ts";
import { Html, escapeHtml } from "../html.ts";

/** A block of literal text (commands, YAML) in a monospace box. */
export function preformatted(text: string, label: string): Block {
  return {
    kind: "html",
    html: new Html(`<pre aria-label="${escapeHtml(label)}"><code>${escapeHtml(text)}</code></pre>`),
  };
}

/** The lowest VLAN id above the highest in use, rounded up to a multiple of 10. */
export function freeVlanId(model: SiteModel): number {
  const used = new Set(model.vlans.map((v) => v.vlan.id));
  let id = Math.ceil((Math.max(0, ...used) + 1) / 10) * 10;
  while (used.has(id) && id < 4094) id++;
  return Math.min(id, 4094);
}

/** A /24 next to the site's subnets that overlaps none of them (nor the Azure VPN). */
export function freeSubnet(model: SiteModel): string {
  const taken = model.vlans.map((v) => v.cidr);
  const vpn = model.site.azure?.vpn ? parseCidr(model.site.azure.vpn.addressSpace) : undefined;
  if (vpn) taken.push(vpn);
  const start = Math.min(...taken.map((c) => c.network)) & 0xffff0000;
  for (let net = start >>> 0; net < 0xffffff00; net += 256) {
    const candidate = parseCidr(`${formatIp(net)}/24`)!;
    if (!taken.some((c) => cidrsOverlap(c, candidate))) return `${formatIp(net)}/24`;
  }
  return "10.99.0.0/24";
}

/** The first address on a VLAN that no static address or DHCP range uses. */
export function freeAddress(model: SiteModel, vlanName: string): string | undefined {
  const v = model.vlanByName.get(vlanName);
  const ip = v && freeAddressIn(v, model.statics);
  return ip === undefined ? undefined : formatIp(ip);
}

/** Builds how-to-change.html. */
export function howToChangePage(ctx: DocsContext): Page {
  const { model } = ctx;
  const site = model.site;
  const file = ctx.input.stamp.file.split(/[\\/]/).pop() ?? "site.yaml";
  const code_ = site.site.code;
  const vlanId = freeVlanId(model);
  const subnet = freeSubnet(model);
  const net = parseCidr(subnet)!;
  const vs = site.vsphere;
  const serverVlan =
    model.vms[0]?.vm.network.vlan ?? vs?.portGroups[0] ?? model.vlans[0]!.vlan.name;
  const freeIp = freeAddress(model, serverVlan) ?? "10.0.0.10";
  const firstVm = model.vms[0]?.vm;
  const templates = Object.keys(vs?.templates ?? {}).sort();
  const linuxTemplate =
    Object.entries(vs?.templates ?? {}).find(([, t]) => t.os === "linux")?.[0] ??
    templates[0] ??
    "ubuntu2404";
  const pool = model.pools[0]?.pool;
  const secrets = [
    ...(vs ? SECRET_KEYS_FOR.vsphere : []),
    ...(site.azure?.vpn ? SECRET_KEYS_FOR.azureVpn : []),
  ];
  const core = model.coreSwitches[0]?.name;
  const vlanYaml = [
    `    - id: ${vlanId}`,
    `      name: new-network`,
    `      purpose: other`,
    `      subnet: ${subnet}`,
    `      gateway: ${formatIp(net.network + 1)}`,
    `      dhcp:`,
    `        range: ${formatIp(net.network + 100)}-${formatIp(net.network + 200)}`,
    `        leaseTime: 8h`,
  ].join("\n");
  const vmYaml = [
    `    - name: ${code_}-new01`,
    `      template: ${linuxTemplate}`,
    `      role: describe-what-it-does`,
    `      cpus: 2`,
    `      memoryGb: 4`,
    `      disks: [40]`,
    `      network: { vlan: ${serverVlan}, ip: ${freeIp} }`,
    `      folder: ${firstVm?.folder ?? vs?.folders[0] ?? "Servers"}`,
    `      backup: weekly`,
  ].join("\n");
  const poolYaml = [
    `      - name: new-pool`,
    `        template: ${pool?.template ?? templates[0] ?? "win11"}`,
    `        count: 4`,
    `        namePattern: "NEW-{nn}"`,
    `        vlan: ${pool?.vlan ?? serverVlan}`,
    `        cpus: 2`,
    `        memoryGb: 4`,
    `        linkedClone: true`,
    `        folder: ${pool?.folder ?? vs?.folders[0] ?? "VDI"}`,
    `        entitledGroups: [${pool?.entitledGroups[0] ?? `${code_.toUpperCase()}-Staff`}]`,
  ].join("\n");
  return {
    path: "how-to-change.html",
    title: "How to change this site",
    nav: "how-to-change",
    lead: [
      "Everything here comes from one file, ",
      code(file),
      ". To change the network, the servers or the desktops, change that file, let a colleague review the change, and then apply it. Never change a switch or a server by hand without also changing the file: the next run would undo it.",
    ],
    sections: [
      {
        id: "where",
        heading: "Where things live",
        blocks: [
          list([
            [
              code(file),
              ": the description of the whole site. The format is checked by ",
              code("carrel validate"),
              ".",
            ],
            [
              code("runbooks/"),
              ": the Markdown runbooks published on the ",
              link("runbooks.html", "runbooks page"),
              ".",
            ],
            [
              code("stacks/"),
              ": the Pulumi stack settings (",
              code("Pulumi.<stack>.yaml"),
              "), such as the vCenter user name and the Azure subscription, and the key ",
              code("carrel:site"),
              " naming the site file.",
            ],
            [
              code("docs/"),
              ": this documentation site, regenerated with ",
              code("carrel docs"),
              "; do not edit it by hand.",
            ],
          ]),
          p([
            "Passwords and keys are never written in ",
            code(file),
            " or in this site. They are Pulumi secrets, stored encrypted in the stack settings. To set or change one, from the folder with the stack:",
          ]),
          secrets.length
            ? preformatted(
                secrets.map((k) => `pulumi config set --secret carrel:${k}`).join("\n"),
                "Commands to set the secrets",
              )
            : p("This site needs no secrets."),
          p(
            "Pulumi asks for the value without showing it. Keep a copy in the library's password manager.",
          ),
        ],
      },
      {
        id: "workflow",
        heading: "Making a change, step by step",
        blocks: [
          list(
            [
              ["Create a branch and edit ", code(file), "."],
              [
                "Check it: ",
                code(`npx carrel validate ${file}`),
                ". Every mistake is reported with its line and a suggestion; fix them all.",
              ],
              [
                "Regenerate the configurations and these pages: ",
                code(`npx carrel render ${file} --out out`),
                " and ",
                code(`npx carrel docs ${file}`),
                ".",
              ],
              [
                "Run ",
                code("pulumi preview"),
                ". It lists what would be created, changed or deleted in vSphere, the directory and Azure, without changing anything. Read it: a 'replace' or 'delete' of a server you did not mean to touch is a reason to stop.",
              ],
              [
                "Open a pull request. The reviewer sees the change to the file, the changed switch and server configurations, these pages, and the preview. Use ",
                code("carrel docs --since main"),
                " to get a change summary in plain words.",
              ],
              [
                "After approval, merge and run ",
                code("pulumi up"),
                " in the maintenance window",
                site.operations?.maintenanceWindow
                  ? [" (", code(site.operations.maintenanceWindow), ")"]
                  : "",
                ". Load the changed switch configurations onto the switches (see the switch pages).",
              ],
            ],
            true,
          ),
        ],
      },
      {
        id: "add-vlan",
        heading: "Adding a VLAN",
        blocks: [
          p([
            "Add an entry under ",
            code("network.vlans"),
            ". For this site, VLAN id ",
            String(vlanId),
            " and subnet ",
            code(subnet),
            " are free:",
          ]),
          preformatted(vlanYaml, "Example VLAN entry"),
          list([
            [
              "Add the VLAN name to ",
              code("serves"),
              " of a DHCP server under ",
              code("network.dhcpServers"),
              " (it has DHCP).",
            ],
            [
              "Add it to the ",
              code("tagged"),
              " list of every link between switches that must carry it, on both ends",
              core ? [" (for example the uplinks of ", ctx.switchLink(core), ")"] : "",
              "; then give it ports with ",
              code("untagged"),
              ".",
            ],
            ["If virtual machines need it, add it to ", code("vsphere.portGroups"), "."],
          ]),
        ],
      },
      {
        id: "add-vm",
        heading: "Adding a virtual machine",
        blocks: [
          p([
            "Add an entry under ",
            code("vsphere.vms"),
            ". The address ",
            code(freeIp),
            " on ",
            ctx.vlanLink(serverVlan),
            " is free:",
          ]),
          preformatted(vmYaml, "Example VM entry"),
          p([
            "Templates this site has: ",
            templates.length ? templates.join(", ") : "none",
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
      },
      {
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
          preformatted(poolYaml, "Example desktop pool entry"),
          p(
            "To give more or fewer desktops, change count. Lowering it deletes the highest-numbered desktops; the preview lists them.",
          ),
        ],
      },
    ],
  };
}
