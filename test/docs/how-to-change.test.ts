import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import {
  freeAddress,
  freeSubnet,
  freeVlanId,
  newPool,
  newReservation,
  newVlan,
  newVm,
} from "../../src/docs/pages/change-examples.ts";
import { buildModel, validateText, type SiteModel } from "../../src/site/index.ts";
import { check, EXAMPLE, TODAY } from "../helpers/site.ts";
import { exampleModel, fixtureSite } from "./example-docs.ts";

describe("how to change this site", () => {
  it("suggests a VLAN id, a subnet and an address that are free in the example", () => {
    const model = exampleModel();
    expect(freeVlanId(model)).toBe(80);
    expect(freeSubnet(model)).toBe("10.20.0.0/24");
    const ip = freeAddress(model, "servers")!;
    expect(model.statics.map((s) => s.text)).not.toContain(ip);
    expect(ip).toMatch(/^10\.20\.10\.\d+$/);
  });
});

describe("the worked examples, applied to the site, keep it valid", () => {
  type Raw = {
    network: {
      vlans: { name: string; reservations?: unknown[] }[];
      dhcpServers: { serves: string[] }[];
    };
    vsphere?: { vms: unknown[]; vdi: { pools: unknown[] } };
  };

  /** The site text with every example the how-to-change page gives added to it. */
  function withExamples(text: string, model: SiteModel): string {
    const raw = parse(text) as Raw;
    const vlan = newVlan(model);
    raw.network.vlans.push(vlan);
    raw.network.dhcpServers[0]!.serves.push(vlan.name);
    const reservation = newReservation(model)!;
    const target = raw.network.vlans.find((v) => v.name === reservation.vlan)!;
    target.reservations = [...(target.reservations ?? []), reservation.entry];
    const vm = newVm(model);
    if (vm) raw.vsphere!.vms.push(vm.vm);
    const pool = newPool(model);
    if (pool) raw.vsphere!.vdi.pools.push(pool);
    return stringify(raw);
  }

  it("adds a VLAN, a reservation, a VM and a desktop pool to the example", () => {
    const result = check(withExamples(EXAMPLE, exampleModel()));
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.site?.vsphere?.vms.map((v) => v.name)).toContain("rbpl-dhcp02");
  });

  it("adds a VLAN and a reservation to Fenwick", () => {
    const file = fixtureSite("fenwick");
    const text = readFileSync(file, "utf8");
    const model = buildModel(validateText(fileURLToPath(file), text, { today: TODAY }).site!);
    const result = validateText(fileURLToPath(file), withExamples(text, model), { today: TODAY });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(newVlan(model)).toMatchObject({ id: 910, name: "printers", subnet: "192.168.0.0/24" });
    expect(result.site?.network.vlans[1]?.reservations.map((r) => r.host)).toContain(
      "issue-desk-printer-02",
    );
  });
});
