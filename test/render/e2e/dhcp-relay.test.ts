/**
 * End to end: the rendered DHCP configuration, run by the real server behind a real
 * relay, hands real clients their addresses. Needs iproute2, the DHCP servers,
 * isc-dhcp-relay and busybox (a missing program fails the test, never skips it) and root
 * for the network namespaces: as root, or through passwordless sudo as on a GitHub
 * runner. Only with neither are the tests skipped, and the run says so.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverScopes, renderDhcpServer } from "../../../src/render/dhcp/index.ts";
import { createEngine } from "../../../src/render/engine.ts";
import {
  cidrContains,
  formatCidr,
  formatIp,
  parseIp,
  type DhcpServer,
  type DhcpSoftware,
} from "../../../src/site/index.ts";
import { describeRootAccess, rootAccess } from "../../../scripts/lib/privilege.ts";
import { loadTestSite, type SiteName } from "../sites.ts";
import { Lab } from "./lab.ts";

/** The servers run: one per software the lab can run. */
const CASES: { site: SiteName; server: string; software: DhcpSoftware }[] = [
  { site: "example", server: "dhcp01", software: "kea" },
  { site: "two-servers", server: "hcl-dhcp02", software: "isc-dhcp" },
  { site: "branch", server: "dhcp-box", software: "dnsmasq" },
];

function startServer(lab: Lab, server: DhcpServer, config: string): void {
  const software = server.software;
  switch (software) {
    case "kea": {
      const file = lab.file("kea-dhcp4.conf", config);
      lab.start("kea-dhcp4", lab.server, "kea-dhcp4", ["-c", file], {
        KEA_PIDFILE_DIR: lab.dir,
        KEA_LOCKFILE_DIR: lab.dir,
      });
      return;
    }
    case "isc-dhcp": {
      const file = lab.file("dhcpd.conf", config);
      const leases = lab.file("dhcpd.leases", "");
      const pid = `${lab.dir}/dhcpd.pid`;
      lab.start("dhcpd", lab.server, "dhcpd", [
        "-4",
        "-f",
        "-d",
        "-cf",
        file,
        "-lf",
        leases,
        "-pf",
        pid,
        "s0",
      ]);
      return;
    }
    case "dnsmasq": {
      const file = lab.file("dnsmasq.conf", config);
      lab.start("dnsmasq", lab.server, "dnsmasq", [
        "--keep-in-foreground",
        "--log-dhcp",
        "--log-facility=-",
        "--user=root",
        `--pid-file=${lab.dir}/dnsmasq.pid`,
        `--conf-file=${file}`,
      ]);
      return;
    }
    case "windows":
      throw new Error("Windows DHCP cannot run in the lab");
    default: {
      const unhandled: never = software;
      throw new Error(`no way to start ${String(unhandled)}`);
    }
  }
}

/** Why the lab cannot run here, when it cannot: then its tests are skipped, saying why. */
const NO_ROOT =
  rootAccess() === "none" ? `network namespaces need root; ${describeRootAccess()}` : "";
if (NO_ROOT) console.warn(`DHCP lab tests skipped: ${NO_ROOT}`);
const suite = NO_ROOT ? describe.skip : describe;

suite.each(CASES)("$software ($site site, server $server) behind dhcrelay", (c) => {
  const site = loadTestSite(c.site);
  const dhcp = site.model.dhcpServers.find((s) => s.server.name === c.server)!;
  const server = dhcp.server;
  const scopes = serverScopes(dhcp);
  let lab: Lab;
  const clients = new Map<number, string>();

  beforeAll(async () => {
    expect(server.software).toBe(c.software);
    lab = new Lab();
    // The server sits on its own VLAN, at its address from site.yaml, behind that VLAN's gateway.
    const { home } = dhcp;
    lab.wireServer(server.address, `${formatIp(home.gateway)}/${home.cidr.prefix}`);
    for (const scope of scopes)
      clients.set(
        scope.vlanId,
        lab.wireVlan({ id: scope.vlanId, gateway: `${scope.router}/${scope.prefix}` }),
      );
    const config = renderDhcpServer(site.model, dhcp, site.stamp, createEngine(), {
      interfaces: ["s0"],
      leaseDirectory: lab.dir,
    }).content;
    startServer(lab, server, config);
    await lab.waitForPort67(lab.server);
    // The relay listens on every VLAN interface and forwards to the server, as `ip helper-address` does.
    const downstream = scopes.flatMap((s) => ["-id", `v${s.vlanId}`]);
    lab.start("dhcrelay", lab.router, "dhcrelay", [
      "-4",
      "-d",
      "-pf",
      `${lab.dir}/dhcrelay.pid`,
      "-iu",
      "up0",
      ...downstream,
      server.address,
    ]);
    await lab.waitForPort67(lab.router);
  });

  afterAll(async () => {
    await lab?.close();
  });

  it.each(scopes.map((s) => [s.vlanName, s] as const))(
    "gives a new client on VLAN %s an address in its range, its router and its DNS servers",
    async (_name, scope) => {
      const lease = await lab.lease(clients.get(scope.vlanId)!);
      const ip = parseIp(lease.ip)!;
      expect(ip).toBeGreaterThanOrEqual(parseIp(scope.rangeStart)!);
      expect(ip).toBeLessThanOrEqual(parseIp(scope.rangeEnd)!);
      expect(lease).toMatchObject({
        subnet: scope.mask,
        router: scope.router,
        dns: scope.dns,
        domain: scope.domain ?? "",
        ntp: scope.ntp,
        lease: scope.leaseSeconds,
      });
      expect(cidrContains(site.model.vlanByName.get(scope.vlanName)!.cidr, ip)).toBe(true);
      expect(formatCidr(site.model.vlanByName.get(scope.vlanName)!.cidr)).toBe(scope.cidr);
    },
  );

  const reservations = scopes.flatMap((s) => s.reservations.map((r) => [r.host, r, s] as const));
  it.each(reservations)("gives %s its reserved address", async (_host, reservation, scope) => {
    const lease = await lab.lease(clients.get(scope.vlanId)!, reservation.mac);
    expect(lease).toMatchObject({ ip: reservation.ip, router: scope.router, dns: scope.dns });
  });
});
