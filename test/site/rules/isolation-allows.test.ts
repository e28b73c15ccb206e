import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

const FLOWS = readFileSync(
  new URL("../../fixtures/sites/isolated-flows/site.yaml", import.meta.url),
  "utf8",
);

describe("allow: the flows an isolated VLAN still needs", () => {
  it("accepts the fixture's flows and the example's", () => {
    expect(found(check(FLOWS), "allow")).toEqual([]);
    expect(found(check(EXAMPLE), "allow")).toEqual([]);
  });

  it("names an unknown machine and suggests the one meant", () => {
    const e = edit(FLOWS, "        - to: print01\n", "        - to: print1\n");
    expect(found(check(e.text), "allow")).toEqual([
      `${e.line}:15 network.vlans[2].allow[1].to 'print1' is neither a machine nor a VLAN of this site; did you mean 'print01'?`,
    ]);
  });

  it("points at the name in a list", () => {
    const e = edit(FLOWS, "        - to: dc01\n", "        - to: [dc01, dc02]\n");
    expect(found(check(e.text), "allow")).toEqual([
      `${e.line}:22 network.vlans[2].allow[0].to[1] 'dc02' is neither a machine nor a VLAN of this site; did you mean 'dc01'?`,
    ]);
  });

  it("refuses allow on a VLAN that is not isolated", () => {
    const e = edit(
      FLOWS,
      "        range: 10.50.20.100-10.50.20.200\n",
      "        range: 10.50.20.100-10.50.20.200\n      allow:\n        - to: dc01\n          protocol: udp\n          ports: 53\n",
    );
    expect(found(check(e.text), "allow")).toEqual([
      `${e.line + 2}:9 network.vlans[1].allow VLAN 'staff' is not isolated, so it already reaches every other VLAN; allow only applies with isolated: true`,
    ]);
  });

  it("wants exactly one of to: and from:", () => {
    const both = edit(
      FLOWS,
      "        - from: nvr01\n",
      "        - from: nvr01\n          to: dc01\n",
    );
    expect(found(check(both.text), "allow")).toEqual([
      `${both.line}:11 network.vlans[4].allow[0] has both to: and from:; write each direction as its own entry`,
    ]);
    const neither = edit(FLOWS, "        - from: nvr01\n          protocol", "        - protocol");
    expect(found(check(neither.text), "allow")).toEqual([
      `${neither.line}:11 network.vlans[4].allow[0] says neither to: (devices on this VLAN open the connection) nor from: (a machine elsewhere opens it); give one of them`,
    ]);
  });

  it("never lets an isolated VLAN reach a switch, nor names its own VLAN", () => {
    const sw = edit(FLOWS, "        - to: print01\n", "        - to: lsl-hall\n");
    expect(found(check(sw.text), "allow")).toEqual([
      `${sw.line}:15 network.vlans[2].allow[1].to 'lsl-hall' is a switch; isolated VLANs never reach switch management, so it cannot be allowed`,
    ]);
    const own = edit(FLOWS, "        - from: nvr01\n", "        - from: cam02\n");
    expect(found(check(own.text), "allow")).toEqual([
      `${own.line}:17 network.vlans[4].allow[0].from 'cam02' is on VLAN 'cameras' itself; devices on one VLAN reach each other without passing the switch's filter`,
    ]);
  });

  it("checks ports: present for tcp and udp, absent for icmp, 1 to 65535, low to high", () => {
    const missing = edit(FLOWS, "          ports: 9100\n", "");
    expect(found(check(missing.text), "allow")).toEqual([
      `${missing.line - 2}:11 network.vlans[2].allow[2] 'ports' is missing; say which tcp ports the answering side listens on (like 445 or 49152-65535)`,
    ]);
    const icmp = edit(
      FLOWS,
      "          protocol: tcp\n          ports: 9100\n",
      "          protocol: icmp\n          ports: 9100\n",
    );
    expect(found(check(icmp.text), "allow")).toEqual([
      `${icmp.line + 1}:18 network.vlans[2].allow[2].ports icmp has no ports; leave ports out for icmp`,
    ]);
    const bad = edit(FLOWS, "ports: [80, 443, 554]", 'ports: [80, 70000, "554-80"]');
    expect(found(check(bad.text), "allow")).toEqual([
      `${bad.line}:${bad.col + 12} network.vlans[4].allow[0].ports[1] 70000 is not a port; ports are whole numbers from 1 to 65535`,
      `${bad.line}:${bad.col + 19} network.vlans[4].allow[0].ports[2] '554-80' starts after it ends; write the lower port first (80-554)`,
    ]);
  });
});
