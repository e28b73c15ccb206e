import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R27 Azure names and addresses", () => {
  it("accepts the example", () => {
    expect(found(check(EXAMPLE), "R27")).toEqual([]);
  });

  it("rejects a storage account name with capitals and hyphens, suggesting a valid one", () => {
    const e = edit(EXAMPLE, "strbplbackup", "st-RBPL-backup");
    expect(found(check(e.text), "R27")).toEqual([
      `${e.at} azure.backup.storageAccount storage account name 'st-RBPL-backup' must be 3 to 24 lower-case letters and digits, with no hyphens or other signs; did you mean 'strbplbackup'?`,
    ]);
  });

  it("rejects a storage account name that is too short", () => {
    const e = edit(EXAMPLE, "strbplbackup", "st");
    expect(found(check(e.text), "R27")).toEqual([
      `${e.at} azure.backup.storageAccount storage account name 'st' must be 3 to 24 lower-case letters and digits, with no hyphens or other signs`,
    ]);
  });

  it("rejects a gateway subnet outside the VPN address space", () => {
    const e = edit(EXAMPLE, "10.120.255.0/27", "10.121.255.0/27");
    expect(found(check(e.text), "R27")).toEqual([
      `${e.at} azure.vpn.gatewaySubnet the gateway subnet 10.121.255.0/27 is not inside the VPN address space 10.120.0.0/16; choose a subnet from that space`,
    ]);
  });

  it("rejects a gateway subnet smaller than /27", () => {
    const e = edit(EXAMPLE, "10.120.255.0/27", "10.120.255.0/28");
    expect(found(check(e.text), "R27")).toEqual([
      `${e.at} azure.vpn.gatewaySubnet the gateway subnet 10.120.255.0/28 is too small; Azure needs /27 or larger, such as 10.120.255.0/27`,
    ]);
  });

  it("rejects a private on-premises public IP", () => {
    const e = edit(EXAMPLE, "203.0.113.10", "192.168.1.1");
    expect(found(check(e.text), "R27")).toEqual([
      `${e.at} azure.vpn.onPremises.publicIp 192.168.1.1 is a private address, which Azure cannot reach; give the public address of the library's firewall`,
    ]);
  });
});
