/**
 * The site's hardening as the model derives it: what each port faces, which ports are trusted
 * and protected, which VLANs are watched, which DHCP servers and relays are authorized, who
 * may manage the switches, where logs go; and how site.yaml's overrides change each of them.
 */
import { describe, expect, it } from "vitest";
import { guessFacing } from "../../../src/site/model/port-facing.ts";
import { AUTHORIZED_SERVERS_MAX } from "../../../src/site/model/switch-security.ts";
import { edit, EXAMPLE, modelOf, withInSection, withoutSection } from "../../helpers/site.ts";

const model = modelOf(EXAMPLE);
const core = model.security.switches.get("core-sw1")!;
const access = model.security.switches.get("access-sw1")!;
const port = (sec: typeof core, n: number) => sec.ports.get(n)!;

describe("what a port faces", () => {
  it("is guessed from connects, lag and the VLANs' purposes", () => {
    expect(guessFacing({ link: true, aggregated: false, untagged: undefined, tagged: [] })).toBe(
      "switch",
    );
    expect(guessFacing({ link: false, aggregated: true, untagged: undefined, tagged: [] })).toBe(
      "server",
    );
    expect(guessFacing({ link: false, aggregated: false, untagged: "servers", tagged: [] })).toBe(
      "server",
    );
    expect(
      guessFacing({ link: false, aggregated: false, untagged: "management", tagged: ["guest"] }),
    ).toBe("ap");
    expect(
      guessFacing({ link: false, aggregated: false, untagged: "staff", tagged: ["voip"] }),
    ).toBe("device");
  });

  it("classifies the example's ports", () => {
    expect([1, 9, 17, 49].map((n) => port(core, n).facing)).toEqual([
      "server",
      "device",
      "device",
      "switch",
    ]);
    expect([1, 13, 17, 21, 25].map((n) => port(access, n).facing)).toEqual([
      "device",
      "device",
      "ap",
      "device",
      "switch",
    ]);
    expect(port(access, 1).publicFacing).toBe(true);
    expect(port(access, 17).publicFacing).toBe(false);
    expect(port(core, 17).publicFacing).toBe(false);
  });
});

describe("trust and edge protection", () => {
  it("trusts the uplink toward the core and the ports facing the DHCP server", () => {
    expect(port(access, 25).dhcpTrust).toBe("uplink");
    expect(port(core, 1).dhcpTrust).toBe("dhcp-server");
    // The core's end of the link leads away from the core: DHCP answers never come up it.
    expect(port(core, 49).dhcpTrust).toBe("none");
    expect(port(core, 49).arpTrust).toBe(true);
    expect(port(access, 1).dhcpTrust).toBe("none");
    expect(port(access, 1).arpTrust).toBe(false);
  });

  it("protects every port facing a device, and no other", () => {
    const edge = (sec: typeof core) =>
      [...sec.ports.values()].filter((p) => p.edgeProtection).map((p) => p.port);
    expect(edge(core)).toEqual([...Array(32).keys()].map((i) => i + 9));
    expect(edge(access)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 21, 22]);
  });

  it("follows a port entry's security overrides", () => {
    const text = edit(
      EXAMPLE,
      "          untagged: public\n          poe: true\n",
      "          untagged: public\n          poe: true\n          security: { facing: server, trusted: true, edgeProtection: false }\n",
    ).text;
    const p = modelOf(text).security.switches.get("access-sw1")!.ports.get(1)!;
    expect(p).toMatchObject({
      facing: "server",
      facingWritten: true,
      publicFacing: false,
      dhcpTrust: "written",
      arpTrust: true,
      edgeProtection: false,
    });
  });
});

describe("the VLANs watched", () => {
  it("snoops every DHCP VLAN a switch carries and protects ARP on the isolated ones", () => {
    expect(core.snoopingVlans).toEqual([20, 30, 50, 60, 70]);
    expect(access.snoopingVlans).toEqual([20, 30, 50, 60, 70]);
    expect(access.arpVlans).toEqual([30, 50]);
  });

  it("follows a VLAN's overrides, and never protects ARP without snooping", () => {
    const text = edit(
      EXAMPLE,
      "      isolated: true\n      dhcp:\n        range: 10.20.80.20",
      "      isolated: true\n      security: { dhcpSnooping: false, arpProtection: true }\n      dhcp:\n        range: 10.20.80.20",
    ).text;
    const sec = modelOf(text).security.switches.get("access-sw1")!;
    expect(sec.snoopingVlans).toEqual([20, 30, 60, 70]);
    expect(sec.arpVlans).toEqual([30]);
  });

  it("authorizes the DHCP server and the relays, the core's address on each watched VLAN", () => {
    expect(access.authorizedServers).toEqual([
      "10.20.10.12",
      "10.20.20.1",
      "10.20.30.1",
      "10.20.60.1",
      "10.20.70.1",
      "10.20.80.1",
    ]);
    expect(access.authorizedServersLeftOut).toBe(false);
    expect(access.option82).toBe("off");
  });

  it("leaves the list out when the switch could not hold it", () => {
    expect(AUTHORIZED_SERVERS_MAX).toBe(20);
    let text = EXAMPLE;
    const extra = Array.from({ length: 20 }, (_, i) => {
      const id = 100 + i;
      return `    - id: ${id}\n      name: extra${i}\n      purpose: staff\n      subnet: 10.21.${i}.0/24\n      gateway: 10.21.${i}.1\n      dhcp:\n        range: 10.21.${i}.10-10.21.${i}.200\n`;
    }).join("");
    text = edit(text, "  dhcpServers:\n", `${extra}  dhcpServers:\n`).text;
    text = edit(
      text,
      "serves: [staff, public, guest-wifi, media-lab, voip]",
      `serves: [staff, public, guest-wifi, media-lab, voip, ${Array.from({ length: 20 }, (_, i) => `extra${i}`).join(", ")}]`,
    ).text;
    const sec = modelOf(text).security.switches.get("core-sw1")!;
    expect(sec.authorizedServers).toEqual([]);
    expect(sec.authorizedServersLeftOut).toBe(true);
  });

  it("keeps option 82 on a core and lets access switches add it, when asked", () => {
    const text = withInSection(EXAMPLE, "security", "  dhcpSnooping: { option82: true }\n");
    const m = modelOf(text);
    expect(m.security.switches.get("core-sw1")!.option82).toBe("keep");
    expect(m.security.switches.get("access-sw1")!.option82).toBe("insert");
  });
});

describe("management and logs", () => {
  it("lets the management VLAN and the admin networks manage the switches", () => {
    expect(core.managers).toEqual([{ network: "10.20.40.0", mask: "255.255.255.0", prefix: 24 }]);
    const text = withInSection(
      EXAMPLE,
      "security",
      "  management: { adminSubnets: [10.20.21.0/26] }\n",
    );
    expect(modelOf(text).security.switches.get("access-sw1")!.managers).toEqual([
      { network: "10.20.40.0", mask: "255.255.255.0", prefix: 24 },
      { network: "10.20.21.0", mask: "255.255.255.192", prefix: 26 },
    ]);
  });

  it("resolves log hosts written as addresses, declared machines or log-analytics", () => {
    expect(model.security.logHosts).toEqual([{ address: "10.120.1.4", name: undefined, index: 0 }]);
    let text = edit(EXAMPLE, "hosts: [10.120.1.4]", "hosts: [rbpl-dhcp01, log-analytics]").text;
    text = edit(
      text,
      "  logAnalytics:\n    retentionDays: 90\n",
      "  logAnalytics:\n    retentionDays: 90\n    collector: 10.120.1.4\n",
    ).text;
    expect(modelOf(text).security.logHosts).toEqual([
      { address: "10.20.10.12", name: "rbpl-dhcp01", index: 0 },
      { address: "10.120.1.4", name: "log-analytics", index: 1 },
    ]);
  });

  it("writes a default banner naming the library", () => {
    expect(model.security.banner).toEqual([
      "Riverbend Public Library",
      "Network equipment: authorized staff only. Sign-ins and changes are logged.",
    ]);
    expect(model.security.parkingVlan).toBe(999);
  });

  it("gives a site without a security section the defaults", () => {
    const bare = withoutSection(EXAMPLE, "security");
    const m = modelOf(bare);
    expect(m.security.written).toBe(false);
    expect(m.security.logHosts).toEqual([]);
    expect(m.security.parkingVlan).toBeUndefined();
    expect(m.security.switches.get("access-sw1")!.snoopingVlans).toEqual([20, 30, 50, 60, 70]);
  });
});
