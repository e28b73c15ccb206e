/**
 * The outputs agree on what the model decided: every switch has one management address in
 * its config, the DNS zones, every docs page and the topology drawing; the DNS page lists
 * exactly the forward zone's records. Run over the example and the fixture sites.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDocs } from "../../src/docs/index.ts";
import type { GeneratedFile } from "../../src/output/index.ts";
import { renderSite } from "../../src/render/index.ts";
import { parseRunningConfig } from "../../src/device/aruba/index.ts";
import { cidrContains, markdownPaths, parseIp, type SiteModel } from "../../src/site/index.ts";
import { loadTestSite, SITE_NAMES, type LoadedSite } from "../render/sites.ts";
import { page, textOf } from "./example-docs.ts";

/** Every IPv4 address written in a text. */
function addressesIn(text: string): string[] {
  return [...text.matchAll(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g)].map((m) => m[0]);
}

/** The addresses in a text that lie in a switch's management subnet. */
function managementAddressesIn(model: SiteModel, vlan: string, text: string): string[] {
  const cidr = model.vlanByName.get(vlan)!.cidr;
  const found = addressesIn(text).filter((a) => {
    const ip = parseIp(a);
    return ip !== undefined && cidrContains(cidr, ip);
  });
  return [...new Set(found)];
}

/** The table row whose header cell links to a page, as HTML. */
function rowLinking(html: string, target: string): string {
  const row = html.split("<tr").find((r) => r.includes(`<th scope="row"><a href="${target}">`));
  if (!row) throw new Error(`no row links ${target}`);
  return row.slice(0, row.indexOf("</tr>"));
}

/** The topology drawing's box of one switch: its name and the line under it. */
function topologyLabel(html: string, name: string): string {
  const at = html.indexOf(`>${name}</text`);
  if (at < 0) throw new Error(`no topology box for ${name}`);
  const next = html.slice(at).match(/<text[^>]*>([^<]*)<\/text/);
  return next![1]!;
}

describe.each(SITE_NAMES)("the %s site's outputs agree with its model", (name) => {
  let site: LoadedSite;
  let files: GeneratedFile[];
  const file = (path: string) => {
    const f = files.find((x) => x.path === path);
    if (!f) throw new Error(`no file ${path}`);
    return f.content;
  };

  beforeAll(async () => {
    site = loadTestSite(name);
    const configs = renderSite(site.model, site.stamp);
    const dir = dirname(resolve(site.path));
    files = await buildDocs(site.model, {
      configs,
      runbooks: markdownPaths(site.model.site).map((path) => ({
        path,
        text: readFileSync(resolve(dir, path), "utf8"),
      })),
      stamp: site.stamp,
    });
  });

  it("gives every switch one management address in its config, zones, pages and diagram", () => {
    const { model } = site;
    const { domain } = model.dns;
    const network = page(files, "network.html");
    const switchTable = network.slice(network.indexOf('<h2 id="switches">'));
    for (const t of model.switches) {
      const sw = t.switch.name;
      const { address, vlan } = t.management;
      const vlanId = model.vlanByName.get(vlan)!.vlan.id;
      const one = (where: string, text: string) =>
        expect(managementAddressesIn(model, vlan, text), `${sw}: ${where}`).toEqual([address]);
      // the switch's configuration: its only address on the management VLAN
      const config = parseRunningConfig(file(`configs/switches/${sw}.cfg`));
      expect(
        config.vlans.get(vlanId)!.addresses.map((a) => a.ip),
        `${sw}: config`,
      ).toEqual([address]);
      // the forward zone file, the reverse zone file and the Windows DNS script
      const zone = file(`configs/dns/${domain}.zone`);
      one(
        "forward zone",
        zone
          .split("\n")
          .filter((l) => l.startsWith(`${sw} `))
          .join("\n"),
      );
      const octets = address.split(".");
      const reverse = file(
        `configs/dns/${octets.slice(0, 3).reverse().join(".")}.in-addr.arpa.zone`,
      );
      expect(reverse, `${sw}: reverse zone`).toMatch(
        new RegExp(`^${octets[3]} +IN PTR ${sw}\\.${domain.replaceAll(".", "\\.")}\\.$`, "m"),
      );
      const script = file("configs/dns/windows-dns.ps1");
      one(
        "Windows DNS",
        script
          .split("\n")
          .filter((l) => l.includes(`Name = '${sw}'`))
          .join("\n"),
      );
      // the switch's own page, its row on the network page and its box in the topology
      const facts = page(files, `switch-${sw}.html`).match(
        /<dt>Management address<\/dt><dd>.*?<\/dd>/,
      )!;
      one("switch page", facts[0]);
      one("network page", rowLinking(switchTable, `switch-${sw}.html`));
      one("topology", topologyLabel(network, sw));
      // the DNS page's row for the switch
      const dnsRow = page(files, "dns.html")
        .split("<tr")
        .find((r) => r.includes(`<code>${sw}.${domain}</code>`))!;
      one("DNS page", dnsRow);
      // the management VLAN's page lists the address
      expect(textOf(page(files, `vlan-${vlanId}.html`)), `${sw}: VLAN page`).toContain(address);
    }
  });

  it("lists on the DNS page exactly the forward zone's records", () => {
    // given the records of the zone file as written
    const { domain } = site.model.dns;
    const zone = file(`configs/dns/${domain}.zone`);
    const zoneRecords = [...zone.matchAll(/^(\S+) +IN A (\S+)$/gm)].map(
      (m) => `${m[1]}.${domain} ${m[2]}`,
    );
    // then the forward section of the DNS page has a row for each, and no other
    const html = page(files, "dns.html");
    const forward = html.slice(
      html.indexOf('<h2 id="forward">'),
      html.indexOf('<h2 id="reverse">'),
    );
    const pageRecords = [
      ...forward.matchAll(/<th scope="row"><code>([^<]+)<\/code><\/th><td><code>([^<]+)<\/code>/g),
    ].map((m) => `${m[1]} ${m[2]}`);
    expect(pageRecords.sort()).toEqual(zoneRecords.sort());
    expect(pageRecords.length).toBe(site.model.dns.forward.records.length);
  });

  it("names every reverse zone on the DNS page that a zone file is written for", () => {
    const html = page(files, "dns.html");
    const reverse = html.slice(html.indexOf('<h2 id="reverse">'));
    for (const z of site.model.dns.reverse) {
      expect(files.some((f) => f.path === `configs/dns/${z.origin}.zone`)).toBe(true);
      expect(reverse, z.origin).toContain(`<code>${z.origin}</code>`);
    }
  });
});
