/**
 * What a successor needs, on the example and on a quite different site (Fenwick: no VMs,
 * no backup jobs, a broadband router, pounds, an April fiscal year, MACs in three
 * notations): overdue items, costs with their currency, a truthful backups page, "how to
 * change" in the site's own names, "Start here", the print view's date, the glossary, the
 * topology's port labels, one MAC notation and "an access switch". Dated TODAY (2026-11-23).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../src/output/index.ts";
import { EXAMPLE } from "../helpers/site.ts";
import { docsOf, docsOfFile, fixtureSite, page, textOf } from "./example-docs.ts";

let example: GeneratedFile[];
let fenwick: GeneratedFile[];
const text = (files: GeneratedFile[], path: string) => textOf(page(files, path));
const html = (files: readonly GeneratedFile[]) =>
  files.filter((f) => f.path.endsWith(".html") && f.path !== "print.html");

beforeAll(async () => {
  example = await docsOf(EXAMPLE);
  fenwick = (await docsOfFile(fixtureSite("fenwick"))).files;
});

describe("overdue items are marked, with how long, on the asset, the inventory and the home page", () => {
  it("marks the example's ESXi hosts, due 1 September 2026", () => {
    const row = text(example, "inventory.html");
    expect(row).toContain("1 September 2026 (FY2027) overdue by 2 months");
    expect(row).toContain("On 23 November 2026, 1 asset is past its replacement date: esxi-hosts.");
    expect(text(example, "index.html")).toContain(
      "asset esxi-hosts (Dell PowerEdge R650): replacement due 1 September 2026 (overdue by 2 months)",
    );
    expect(page(example, "inventory.html")).toContain(
      '<strong class="flag flag-overdue">overdue by 2 months</strong>',
    );
  });

  it("marks Fenwick's old core switch on its own page, and its lapsed contract and licence", () => {
    expect(text(fenwick, "switch-ftl-core.html")).toContain(
      "due for replacement 14 March 2023 (overdue by 3 years and 8 months)",
    );
    const home = text(fenwick, "index.html");
    expect(home).toContain("Overdue on 23 November 2026 (given with --date): 5 items.");
    for (const item of [
      "asset ftl-core (HP 2530-48G-PoE+ (J9772A)): replacement due 14 March 2023 (overdue by 3 years and 8 months)",
      "asset nas01 (Synology DS920+): replacement due 1 February 2026 (overdue by 9 months)",
      "asset kiosk-pcs (Lenovo ThinkCentre M70q): replacement due 30 September 2026 (overdue by 7 weeks)",
      "Dales Broadband contract DB-7781: ends 31 August 2026 (overdue by 2 months)",
      "licence Microsoft 365 Business Basic: renewal due 1 October 2026 (overdue by 7 weeks)",
      "licence SiteKiosk: renewal due 31 January 2027 (due in 2 months)",
    ])
      expect(home).toContain(item);
    expect(text(fenwick, "vendors.html")).toContain("31 August 2026 (overdue by 2 months)");
    expect(text(fenwick, "licences.html")).toContain("1 October 2026 (overdue by 7 weeks)");
  });
});

describe("every cost carries the site's currency", () => {
  it("shows dollars on the example and pounds, pence included, on Fenwick", () => {
    expect(text(example, "inventory.html")).toMatch(
      /FY2030 1 July 2029 30 June 2030 core-sw1, access-sw1 \$6,800/,
    );
    expect(text(example, "licences.html")).toContain("Licences cost $4,700 a year in total.");
    expect(text(example, "switch-core-sw1.html")).toContain("for $4,200");
    expect(text(fenwick, "inventory.html")).toContain("£1,450.50");
    expect(text(fenwick, "inventory.html")).toContain("A fiscal year starts on 1 April");
    expect(text(fenwick, "licences.html")).toContain("Licences cost £1,196.40 a year in total.");
    expect(text(fenwick, "vendors.html")).toContain("SiteKiosk (£390 a year)");
    // No bare amount is left: every figure in a cost column has its symbol.
    for (const cell of page(fenwick, "inventory.html").match(/<td class="num">[^<]*<\/td>/g) ?? [])
      if (/\d{3}/.test(cell) && !/^<td class="num">\d+<\/td>$/.test(cell))
        expect(cell).toContain("£");
  });
});

describe("the backups page says what is really there", () => {
  it("counts the example's covered VMs and links the Azure container they go to", () => {
    const t = text(example, "operations.html");
    expect(t).toContain("5 of 6 virtual machines are backed up by 2 jobs; 1 is not.");
    expect(t).toContain("containers vm-backups, switch-configs (no job in site.yaml writes here)");
    expect(page(example, "operations.html")).toContain(
      '<a href="azure.html#backup-storage"><code>vm-backups</code></a>',
    );
  });

  it("says Fenwick has neither jobs nor VMs, names its storage, and shows how to add a job", () => {
    const t = text(fenwick, "operations.html");
    expect(t).not.toMatch(/every VM is backed up/i);
    expect(t).toContain(
      "site.yaml declares no backup jobs, and there are no virtual machines for Carrel to back up.",
    );
    expect(t).toContain(
      "Azure storage account stftloffsite: containers nas-copies (no job in site.yaml writes here)",
    );
    expect(t).toContain("Write down how other copies are made");
    expect(t).not.toContain("covers: daily");
  });

  it("shows a site whose VMs have no jobs how to add one, writing to its own container", async () => {
    const none = EXAMPLE.replace(/backup: (daily|weekly)/g, "backup: none").replace(
      /\n {2}backups:[\s\S]*?(?=\n {2}runbooks:)/,
      "",
    );
    const t = text(await docsOf(none), "operations.html");
    expect(t).toContain(
      "site.yaml declares no backup jobs: none of the 6 virtual machines is backed up by a job Carrel knows of.",
    );
    expect(t).toContain(
      "covers: daily schedule: 02:00 daily retentionDays: 30 target: azure:vm-backups",
    );
  });
});

describe("how to change uses the site's own names", () => {
  it("gives Fenwick examples from its own VLANs, switches, server and rooms", () => {
    const t = text(fenwick, "how-to-change.html");
    expect(t).toContain(
      "This site has no VLAN for printers yet; VLAN id 910 and subnet 192.168.0.0/24",
    );
    expect(t).toContain("Add printers to serves of the DHCP server nas01.");
    expect(t).toContain("To put ftl-upstairs ports 1-8 (Catalogue kiosks) on VLAN 200 staff");
    expect(t).toContain("host: issue-desk-printer-02");
    expect(t).toContain("This site has no vsphere section, so Carrel manages no virtual machines.");
    expect(t).toContain("portGroups: [core]");
    // Nothing from Riverbend or a made-up generic name.
    for (const foreign of ["rbpl", "new-network", "ubuntu2404", "win2022", "RBPL-", "Cluster01"])
      expect(t).not.toContain(foreign);
  });

  it("gives the example a second machine like one it has, with its template and folder", () => {
    const t = text(example, "how-to-change.html");
    expect(t).toContain("For a second machine like rbpl-dhcp01, the address 10.20.10.15");
    expect(t).toMatch(
      /name: rbpl-dhcp02 template: ubuntu2404 role: dhcp .* folder: Servers backup: weekly/,
    );
    expect(t).toContain("name: teen-room-desktops template: win11-public");
  });
});

describe("Start here", () => {
  it("is linked from every page's menu and from the home page", () => {
    for (const files of [example, fenwick]) {
      for (const f of html(files))
        expect(f.content).toContain('<a href="start-here.html" class="start"');
      expect(text(files, "index.html")).toContain("New here? Start here:");
    }
  });

  it("tells the example's newcomer where things are and who holds the keys", () => {
    const t = text(example, "start-here.html");
    expect(t).toContain("Repository https://github.com/riverbend-library/site");
    expect(t).toContain("The passwords are kept in Bitwarden (RBPL IT organisation).");
    expect(t).toContain(
      "vCenter administrator vCenter and the ESXi hosts Systems Administrator (Sam Ortiz)",
    );
    expect(t).toContain(
      "Head of User Experience Jordan Lee Azure global administrator RBPL-IT-Admins",
    );
    expect(t).toContain("Internet provider Riverbend Town IT, phone +1 203-555-0150");
    expect(t).toContain(
      "Read the runbooks: Restore a virtual machine from backup, Replace a failed network switch, Mail from the library is not arriving.",
    );
    expect(t).toContain("asset esxi-hosts (Dell PowerEdge R650): replacement due 1 September 2026");
  });

  it("gives Fenwick's router and provider with their contacts, its accounts and its runbook", () => {
    const t = text(fenwick, "start-here.html");
    expect(t).toContain("Repository git@git.fenwick-council.example:library/site.git");
    expect(t).toContain(
      "The passwords are kept in KeePassXC database FTL-IT.kdbx on the council IT share.",
    );
    expect(t).toContain(
      "Broadband router / admin the broadband router (router01) IT Officer (Priya Nair), Library Manager (Tom Hughes)",
    );
    expect(t).toContain(
      "Internet router 192.168.1.254 (router01): Dales Broadband router (fibre to the cabinet)",
    );
    expect(t).toContain(
      "Internet provider Dales Broadband, phone +44 1632 960 999, support@dalesbroadband.example, contract DB-7781 ending 31 August 2026 (overdue by 2 months)",
    );
    expect(t).toContain("Read the runbooks: Restart the broadband router.");
    expect(t).toContain("Meet the people on call: Priya Nair.");
  });

  it("says how to record the repository and the password manager when site.yaml lacks them", () => {
    const bare = EXAMPLE.replace(/ {2}repository: .*\n/, "").replace(
      / {2}credentials:[\s\S]*?(?=\n\nnetwork:)/,
      "",
    );
    return docsOf(bare).then((files) => {
      const t = text(files, "start-here.html");
      expect(t).toContain("site.yaml does not say where its repository lives.");
      expect(t).toContain("site.yaml does not say where the passwords are kept.");
      expect(t).toContain("heldBy: [Head of User Experience]");
    });
  });
});

describe("print view, glossary, diagrams and wording", () => {
  it("dates the print view, and every page's footer, by the given date", () => {
    for (const files of [example, fenwick]) {
      expect(text(files, "print.html")).toContain(
        "It describes the site as of 23 November 2026 (given with --date).",
      );
      for (const f of html(files))
        expect(textOf(f.content)).toContain("as of 23 November 2026 (given with --date).");
    }
  });

  it("prints a compact binder: each page once, shared shapes once, links within it", () => {
    const print = page(fenwick, "print.html");
    const articles = print.slice(print.indexOf('<article class="print-page"'));
    // one menu, for the whole binder
    expect(print.match(/<nav /g)).toHaveLength(1);
    // each page's content once
    for (const f of html(fenwick))
      expect(
        articles.split(`aria-labelledby="${f.path.replace(/\.html$/, "")}--top"`),
      ).toHaveLength(2);
    // the port shapes once for all three front panels, and every port drawn from them
    expect(print.match(/<defs data-shared="panel">/g)).toHaveLength(1);
    expect(print.match(/<use href="#shared-(port|lag)"/g)).toHaveLength(48 + 24 + 24 + 4 * 3);
    // a VLAN's address bar is drawn once, in the IP plan, not again on its own page
    expect(print.match(/<title id="[^"]*use-400"/g)).toHaveLength(1);
    // links between pages lead to their place in the binder
    expect(articles).not.toMatch(/ href="[a-z0-9-]+\.html/);
    expect(articles).toContain('href="#vlan-400--top"');
  });

  it("explains SFP, the netmask and every Azure word the Azure page uses", () => {
    for (const files of [example, fenwick]) {
      const t = text(files, "glossary.html");
      for (const term of [
        "SFP / SFP+",
        "Netmask",
        "Resource group",
        "Storage account",
        "Container",
      ])
        expect(t).toContain(term);
    }
    const azure = page(example, "azure.html");
    for (const [, term] of azure.matchAll(/href="glossary\.html#(term-[a-z0-9-]+)"/g))
      expect(page(example, "glossary.html")).toContain(`id="${term}"`);
    expect(azure.match(/href="glossary\.html#term-/g)?.length).toBeGreaterThanOrEqual(15);
    expect(text(example, "glossary.html")).toContain("VPN gateway");
  });

  it("labels each link of the topology with the ports at both ends", () => {
    const net = page(fenwick, "network.html");
    expect(textOf(net)).toContain(
      "ftl-core port 49 to ftl-upstairs port 25 (single cable, 5 VLANs); ftl-core port 50 to ftl-children port 25 (single cable, 4 VLANs)",
    );
    for (const label of ["port 49", "port 50", "port 25"])
      expect(net).toMatch(new RegExp(`<text[^>]*>${label}</text>`));
    expect(textOf(page(example, "network.html"))).toContain(
      "core-sw1 ports 49-50 to access-sw1 ports 25-26 (trk1, 7 VLANs)",
    );
  });

  it("writes every MAC in one notation, whatever site.yaml used", () => {
    expect(text(fenwick, "servers.html")).toContain(
      "nas01 192.168.1.10 VLAN 100 core 02:fe:00:00:01:0a",
    );
    expect(text(fenwick, "vlan-100.html")).toContain("02:fe:00:00:01:fe");
    expect(text(fenwick, "dhcp.html")).toContain("02:fe:00:00:02:14");
    for (const f of [...html(fenwick), ...html(example)]) {
      const macs =
        textOf(f.content).match(
          /\b([0-9a-f]{2}[:-]){5}[0-9a-f]{2}\b|\b[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}\b/gi,
        ) ?? [];
      for (const mac of macs) expect(mac, f.path).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    }
  });

  it("says 'an access switch' and 'a core switch'", () => {
    expect(text(fenwick, "switch-ftl-upstairs.html")).toContain(
      "ftl-upstairs is an access switch:",
    );
    expect(text(fenwick, "switch-ftl-core.html")).toContain("ftl-core is a core switch:");
    for (const files of [example, fenwick])
      for (const f of html(files))
        expect(textOf(f.content)).not.toMatch(/\ba (access|isolated|asset|Azure)\b/);
  });
});
