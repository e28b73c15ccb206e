import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../src/output/index.ts";
import { fiscalYear } from "../../src/docs/format.ts";
import { replacementDate, type SiteModel } from "../../src/site/index.ts";
import { docsOf, exampleModel, page, textOf } from "./example-docs.ts";

let files: GeneratedFile[];
let model: SiteModel;
const text = (path: string) => textOf(page(files, path));

beforeAll(async () => {
  model = exampleModel();
  files = await docsOf();
});

describe("docs of the example library: what each page holds", () => {
  it("has every page the spec lists", () => {
    const paths = files.map((f) => f.path);
    for (const p of [
      "index.html",
      "vendors.html",
      "network.html",
      "dhcp.html",
      "dns.html",
      "servers.html",
      "vdi.html",
      "directory.html",
      "azure.html",
      "inventory.html",
      "licences.html",
      "operations.html",
      "runbooks.html",
      "glossary.html",
      "how-to-change.html",
      "start-here.html",
      "print.html",
      "style.css",
    ])
      expect(paths).toContain(p);
    expect(paths).not.toContain("changes.html");
  });

  it("lists every contact with phone, email and on-call on the overview", () => {
    for (const c of model.site.site.contacts) {
      expect(text("index.html")).toContain(c.name);
      expect(text("index.html")).toContain(c.phone!);
      expect(text("index.html")).toContain(c.email!);
    }
    expect(text("index.html")).toMatch(/Call the people on call first/);
  });

  it("lists every vendor with its contract and end date", () => {
    const t = text("vendors.html");
    expect(t).toContain("Northeast Network Services");
    expect(t).toContain("NNS-2024-117");
    expect(t).toContain("30 June 2027");
    expect(t).toContain("Consortium ILS support");
    expect(t).toContain("+1 978-555-0190");
  });

  it("gives every VLAN a row on the network page and a page of its own with its addressing", () => {
    for (const v of model.vlans) {
      expect(text("network.html")).toContain(`VLAN ${v.vlan.id}`);
      expect(text("network.html")).toContain(v.vlan.subnet);
      const own = text(`vlan-${v.vlan.id}.html`);
      expect(own).toContain(`VLAN ${v.vlan.id}: ${v.vlan.name}`);
      expect(own).toContain(v.vlan.subnet);
      expect(own).toContain(v.vlan.gateway);
      if (v.vlan.dhcp) expect(own).toContain(v.vlan.dhcp.range);
    }
  });

  it("lists on a VLAN page every port, host, VM, reservation and pool on it", () => {
    const servers = text("vlan-10.html");
    for (const h of ["vcenter", "esxi01", "esxi02", "esxi03"]) expect(servers).toContain(h);
    for (const vm of model.vms) expect(servers).toContain(vm.vm.name);
    expect(servers).toMatch(/core-sw1 1-8 untagged/);
    expect(servers).toMatch(/core-sw1 49-50 tagged/);
    const staff = text("vlan-20.html");
    expect(staff).toContain("circ-printer");
    expect(staff).toContain("02:1b:78:00:20:01");
    expect(staff).toMatch(/access-sw1 21-22 untagged/);
    const pub = text("vlan-30.html");
    expect(pub).toContain("public-pcs");
    expect(pub).toContain("PUB-01 … PUB-24 (24)");
    expect(pub).toContain("catalog-kiosks");
    expect(text("vlan-60.html")).toContain("dml-3d-printer");
    expect(text("vlan-40.html")).toContain("ups01");
  });

  it("draws each switch's front panel with every port labelled and links its configuration", () => {
    for (const t of model.switches) {
      const html = page(files, `switch-${t.switch.name}.html`);
      expect(html).toContain(`<title id="panel-title">Front panel of ${t.switch.name}</title>`);
      expect(html).toContain('role="img"');
      expect(html).toContain(`href="configs/switches/${t.switch.name}.cfg"`);
      expect(files.some((f) => f.path === `configs/switches/${t.switch.name}.cfg`)).toBe(true);
      // every port number is drawn
      for (let port = 1; port <= t.model!.portCount; port++)
        expect(html).toMatch(new RegExp(`>${port}</text\\s*>`));
      expect(textOf(html)).toContain(t.switch.management.ip);
    }
    const core = text("switch-core-sw1.html");
    expect(core).toContain("ESXi hosts and servers");
    expect(core).toContain("PoE power on");
    expect(core).toContain("member of a LAG (trunk)");
    expect(core).toContain("SG0000000A");
  });

  it("shows the topology laid out by elkjs, with the link in words too", () => {
    const html = page(files, "network.html");
    expect(html).toContain("Network topology: how the switches connect");
    expect(html).toMatch(/<polyline\s+points="[\d.]+,[\d.]+ /);
    expect(textOf(html)).toContain(
      "core-sw1 ports 49-50 to access-sw1 ports 25-26 (trk1, 7 VLANs)",
    );
  });

  it("shows DHCP scopes, their settings and reservations, and links the DHCP configs", () => {
    const t = text("dhcp.html");
    for (const v of model.vlans.filter((x) => x.vlan.dhcp)) expect(t).toContain(v.vlan.dhcp!.range);
    expect(t).toContain("tftp-server-name = 10.20.10.20");
    expect(t).toContain("9.9.9.9");
    expect(t).toContain("none (guest network)");
    expect(t).toContain("admin-printer");
    expect(page(files, "dhcp.html")).toMatch(/href="configs\/dhcp\/dhcp01\//);
  });

  it("lists every DNS name in the zone", () => {
    const t = text("dns.html");
    for (const s of model.statics.filter((x) => x.kind !== "gateway"))
      expect(t).toContain(`${s.name.toLowerCase()}.ad.rbpl.org`);
    expect(t).toContain("20.20.10.in-addr.arpa");
  });

  it("lists every VM with its size, address and backup", () => {
    const t = text("servers.html");
    for (const { vm } of model.vms) {
      expect(t).toContain(vm.name);
      expect(t).toContain(vm.network.ip);
    }
    expect(t).toMatch(/rbpl-file01 file-server Windows \(tmpl-win2022-std\) 2 8 80 \+ 1024/);
    expect(t).toContain("tmpl-ubuntu-2404");
  });

  it("describes each VDI pool and who may use it", () => {
    const t = text("vdi.html");
    expect(t).toContain("24 desktops named PUB-01 … PUB-24 (24)");
    expect(t).toContain("6 desktops named OPAC-01 … OPAC-06 (6)");
    expect(t).toContain("RBPL-VDI-Public");
  });

  it("lists every group with its members and nested groups", () => {
    const t = text("directory.html");
    for (const g of model.groups.values()) {
      expect(t).toContain(g.name);
      if (g.description) expect(t).toContain(g.description);
    }
    expect(t).toContain("jlee@rbpl.org");
  });

  it("shows the Azure resources and no secret", () => {
    const t = text("azure.html");
    for (const s of [
      "rg-rbpl-prod",
      "strbplbackup",
      "vm-backups",
      "10.120.0.0/16",
      "203.0.113.10",
      "VpnGw1",
    ])
      expect(t).toContain(s);
    expect(t).toContain("kept as a Pulumi secret");
  });

  it("lists every asset with its replacement date and costs by fiscal year", () => {
    const t = text("inventory.html");
    for (const a of model.site.inventory!.assets) {
      expect(t).toContain(a.id);
      expect(t).toContain(a.model);
      const due = replacementDate(a);
      expect(t).toContain(fiscalYear(due, "07-01").name);
    }
    // esxi-hosts bought 2020-09-01 for 6 years: due 2026-09-01, in FY2027 (July 2026 to June 2027)
    expect(t).toContain("1 September 2026 (FY2027)");
    // core-sw1 and access-sw1 both due 2029-07-15, FY2030: $6,800
    expect(t).toMatch(/FY2030 1 July 2029 30 June 2030 core-sw1, access-sw1 \$6,800/);
    expect(page(files, "inventory.html")).toContain("Replacement costs by fiscal year</title>");
  });

  it("lists every licence and draws the renewals on a timeline", () => {
    const t = text("licences.html");
    for (const l of model.site.inventory!.licenses) expect(t).toContain(l.name);
    expect(t).toContain("1 March 2027");
    expect(t).toContain("Licences cost $4,700 a year in total");
    expect(page(files, "licences.html")).toContain(
      "Licence and service renewals, and contract ends</title>",
    );
    // the services renew on the same timeline
    expect(t).toContain("Microsoft 365 email renews");
  });

  it("shows the backup jobs, what they cover, and the maintenance window", () => {
    const t = text("operations.html");
    expect(t).toContain("Sun 06:00-10:00");
    expect(t).toContain("nightly-vms");
    expect(t).toMatch(/every VM with backup daily: rbpl-dc01, rbpl-dc02, rbpl-file01/);
    expect(t).toMatch(/Not backed up .* rbpl-prov01/);
  });

  it("renders each runbook from Markdown", () => {
    const html = page(files, "runbook-restore-a-vm.html");
    expect(html).toContain("<h1>Restore a virtual machine from backup</h1>");
    expect(html).toContain("<h2>Before you start</h2>");
    expect(html).toMatch(/<ol>\s*<li>/);
    expect(text("runbooks.html")).toContain("Replace");
  });

  it("writes 'how to change' for this site: secrets, a free VLAN, a free address", () => {
    const t = text("how-to-change.html");
    expect(t).toContain("pulumi config set --secret carrel:vspherePassword");
    expect(t).toContain("pulumi config set --secret carrel:vpnSharedKey");
    expect(t).toContain("id: 80");
    expect(t).toContain("subnet: 10.20.0.0/24");
    expect(t).toContain("pulumi preview");
    expect(t).toMatch(/network: vlan: servers ip: 10\.20\.10\.\d+ folder/);
  });

  it("explains the terms the site uses in the glossary", () => {
    const t = text("glossary.html");
    for (const term of ["VLAN", "DHCP", "PoE", "LAG", "VDI", "Isolated VLAN", "Fiscal year"])
      expect(t).toContain(term);
  });

  it("puts every page on the print page", () => {
    const t = text("print.html");
    for (const title of [
      "Network",
      "Switch core-sw1",
      "VLAN 60: media-lab",
      "Glossary",
      "Restore a virtual machine",
    ])
      expect(t).toContain(title);
  });

  it("starts every page with the generated-from comment", () => {
    for (const f of files.filter((x) => x.path.endsWith(".html")))
      expect(f.content).toMatch(
        /^<!--\nGenerated by Carrel from site\.yaml \(sha256 [0-9a-f]{16}\)\.\n[^\n]*\n-->\n<!DOCTYPE html>\n/,
      );
    expect(page(files, "style.css")).toMatch(/^\/\* Generated by Carrel from site\.yaml/);
  });
});
