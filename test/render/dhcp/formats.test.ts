import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { renderDhcp } from "../../../src/render/dhcp/index.ts";
import { createEngine } from "../../../src/render/engine.ts";
import { buildModel, DHCP_SOFTWARE, type DhcpSoftware } from "../../../src/site/index.ts";
import { check, edit, EXAMPLE } from "../../helpers/site.ts";
import { checkDhcpConfig } from "../checkers.ts";
import { loadTestSite, SITE_NAMES, type SiteName } from "../sites.ts";

const engine = createEngine();

/** A test site's DHCP files as if every server ran `software`. */
function renderAs(name: SiteName, software: DhcpSoftware) {
  const site = loadTestSite(name);
  const swapped = structuredClone(site.model.site);
  for (const server of swapped.network.dhcpServers) server.software = software;
  return renderDhcp(buildModel(swapped), site.stamp, engine);
}

function renderText(text: string, software: DhcpSoftware): string {
  const result = check(text);
  expect(result.valid, JSON.stringify(result.issues)).toBe(true);
  const site = structuredClone(result.site!);
  for (const server of site.network.dhcpServers) server.software = software;
  return renderDhcp(buildModel(site), { file: "site.yaml", hash: "0".repeat(64) }, engine)[0]!
    .content;
}

describe("every server software accepts every test site's scopes", () => {
  const checked = DHCP_SOFTWARE.filter((s) => s !== "windows");
  const cases = SITE_NAMES.flatMap((site) =>
    checked.flatMap((software) =>
      renderAs(site, software).map(
        (file) => [`${site} as ${software}: ${file.path}`, file] as const,
      ),
    ),
  );
  it.each(cases)("%s", (_name, file) => {
    const result = checkDhcpConfig(basename(file.path), file.content);
    expect(result.status, result.output).toBe(0);
  });
});

describe("Kea", () => {
  it("receives relayed packets on UDP sockets and defines options it lacks", () => {
    const conf = renderAs("two-servers", "kea").find((f) => f.path.includes("hcl-dc01"))!;
    expect(conf.content).toContain('"dhcp-socket-type": "udp"');
    expect(conf.content).toContain(
      '{ "space": "dhcp4", "name": "tftp-server-address", "code": 150, "type": "ipv4-address", "array": true }',
    );
  });

  it("uses raw sockets when the server sits on a VLAN it serves", () => {
    // given a DHCP server whose address is on the staff VLAN it serves
    const { text } = edit(EXAMPLE, "address: 10.20.10.12", "address: 10.20.20.20");
    // then Kea must answer clients that have no address yet
    expect(renderText(text, "kea")).toContain('"dhcp-socket-type": "raw"');
  });

  it("escapes a comma inside a text option", () => {
    const conf = renderAs("branch", "kea")[0]!.content;
    expect(conf).toContain('{ "name": "boot-file-name", "data": "kiosk/boot\\\\, menu.ipxe" }');
  });

  it("numbers subnets by VLAN id", () => {
    const conf = renderAs("example", "kea")[0]!.content;
    expect([...conf.matchAll(/"id": (\d+)/g)].map((m) => Number(m[1]))).toEqual([
      20, 30, 50, 60, 70,
    ]);
  });
});

describe("ISC dhcpd", () => {
  const conf = renderAs("example", "isc-dhcp")[0]!.content;

  it("declares the server's own network so dhcpd starts on it", () => {
    expect(conf).toContain(
      "# VLAN 10 servers: the server's own network, where it hands out no addresses.\n" +
        "subnet 10.20.10.0 netmask 255.255.255.0 {\n}\n",
    );
  });

  it("gives a guest VLAN no domain name", () => {
    const guest = conf.slice(conf.indexOf("# VLAN 50 guest-wifi"), conf.indexOf("# VLAN 60"));
    expect(guest).toContain("option domain-name-servers 9.9.9.9, 149.112.112.112;");
    expect(guest).not.toContain("domain-name ");
  });

  it("declares the code of an option dhcpd does not know", () => {
    const hcl = renderAs("two-servers", "isc-dhcp").find((f) => f.path.includes("hcl-dhcp02"))!;
    expect(hcl.content).toContain("option wpad-url code 252 = text;");
  });
});

describe("dnsmasq", () => {
  const conf = renderAs("branch", "dnsmasq")[0]!.content;

  it("serves DHCP only", () => {
    expect(conf).toMatch(/^port=0$/m);
  });

  it("names each range's netmask so relayed requests find it", () => {
    expect(conf).toContain("dhcp-range=set:vlan40,192.168.64.10,192.168.67.250,255.255.252.0,1800");
  });

  it("quotes text that holds a comma", () => {
    expect(conf).toContain('dhcp-option=tag:vlan30,option:bootfile-name,"kiosk/boot, menu.ipxe"');
  });
});
