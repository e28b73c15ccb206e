/**
 * `carrel:azure:PublicDns`: one Azure DNS zone and a record set per name and type, built
 * from the plan the site model gives; long TXT text split as DNS needs; adopted zones and
 * record sets imported under the names `carrel import` writes.
 */
import { Provider } from "@pulumi/azure-native/provider.js";
import { describe, expect, it } from "vitest";
import { PublicDns } from "../../../components/azure/public-dns.ts";
import { Adoption, KEEPS } from "../../../src/pulumi/adoption.ts";
import { ADOPTABLE, dnsRecordSetResourceName } from "../../../src/pulumi/names.ts";
import { planPublicDns, planSite, type PublicDnsPlan } from "../../../src/pulumi/plan.ts";
import { txtStrings } from "../../../src/site/model/index.ts";
import { edit, EXAMPLE, modelOf } from "../../helpers/site.ts";
import { runUnderMocks } from "../../pulumi/mocks.ts";
import { ofType } from "../helpers.ts";

const ZONE = "azure-native:dns:Zone";
const SET = "azure-native:dns:RecordSet";

function build(plan: PublicDnsPlan, adoption?: Adoption) {
  return runUnderMocks(async () => {
    const provider = new Provider("azure", { location: "eastus" });
    const zone = new PublicDns("lib-public-dns", {
      plan,
      resourceGroupName: "rg-lib",
      tags: { site: "lib" },
      provider,
      ...(adoption ? { adoption } : {}),
    });
    return { nameServers: zone.nameServers };
  });
}

describe("given the example's public zone planned from the model", () => {
  const plan = planSite(modelOf(EXAMPLE)).azure!.publicDns!;

  it("then the plan holds each name and type once, sorted, targets without their final dot", () => {
    expect(plan.zone).toBe("rbpl.org");
    expect(plan.recordSets.map((s) => `${s.name} ${s.type}`)).toEqual([
      "@ A",
      "@ MX",
      "@ TXT",
      "_dmarc TXT",
      "autodiscover CNAME",
      "catalog CNAME",
      "ils1._domainkey CNAME",
      "rooms CNAME",
      "selector1._domainkey CNAME",
      "selector2._domainkey CNAME",
      "www CNAME",
    ]);
    expect(plan.recordSets.find((s) => s.name === "www")!.values).toEqual(["rbpl.org"]);
  });

  it("when built, then it registers the zone and every record set, and outputs the name servers", async () => {
    const run = await build(plan);
    expect(run.error).toBeUndefined();
    expect(ofType(run, ZONE).map((r) => r.name)).toEqual(["rbpl.org"]);
    expect(ofType(run, SET)).toHaveLength(plan.recordSets.length);
    expect(run.outputs).toEqual({
      nameServers: [1, 2, 3, 4].map((n) => `ns${n}-07.azure-dns.example.`),
    });
  });
});

describe("given a TXT record longer than one DNS string", () => {
  it("then it is cut into strings of at most 255 bytes that join back to the text", async () => {
    const text = `v=spf1 ${Array.from({ length: 20 }, (_, i) => `ip4:198.51.100.${i}`).join(" ")} -all`;
    const plan: PublicDnsPlan = {
      zone: "lib.example",
      recordSets: [
        { name: "@", type: "TXT", ttl: 600, values: [text], mx: [], txt: [txtStrings(text)] },
      ],
    };
    const run = await build(plan);
    const value = (ofType(run, SET)[0]!.inputs.txtRecords as { value: string[] }[])[0]!.value;
    expect(value.length).toBe(2);
    expect(value[0]!.length).toBe(255);
    expect(value.join("")).toBe(text);
    expect(txtStrings("é".repeat(200)).map((s) => Buffer.byteLength(s))).toEqual([254, 146]);
  });
});

describe("given two MX records of one name in another order", () => {
  it("then one record set holds both, by preference", () => {
    const text = edit(
      EXAMPLE,
      '    - { name: "@", type: MX, priority: 0, value: rbpl-org.mail.protection.outlook.com, service: Microsoft 365 email }\n',
      '    - { name: "@", type: MX, priority: 20, value: backup-mx.example.net }\n    - { name: "@", type: MX, priority: 0, value: rbpl-org.mail.protection.outlook.com, service: Microsoft 365 email }\n',
    ).text;
    const plan = planPublicDns(modelOf(text).publicZone!);
    expect(plan.recordSets.find((s) => s.type === "MX")!.mx).toEqual([
      { preference: 0, exchange: "rbpl-org.mail.protection.outlook.com" },
      { preference: 20, exchange: "backup-mx.example.net" },
    ]);
  });
});

describe("given a zone that already exists in Azure", () => {
  it("then the zone and a listed record set are imported, the rest created", async () => {
    const plan = planSite(modelOf(EXAMPLE)).azure!.publicDns!;
    const www = dnsRecordSetResourceName("rbpl.org", "CNAME", "www");
    const adoption = new Adoption([
      {
        type: ADOPTABLE.dnsZone,
        name: "rbpl.org",
        id: "/subscriptions/s/resourceGroups/rg-lib/providers/Microsoft.Network/dnszones/rbpl.org",
      },
      {
        type: ADOPTABLE.dnsRecordSet,
        name: www,
        id: "/subscriptions/s/resourceGroups/rg-lib/providers/Microsoft.Network/dnszones/rbpl.org/CNAME/www",
      },
    ]);
    const run = await build(plan, adoption);
    const zone = ofType(run, ZONE)[0]!;
    expect(zone.importId).toMatch(/dnszones\/rbpl\.org$/);
    expect(zone.ignoreChanges).toEqual(KEEPS[ADOPTABLE.dnsZone]);
    const sets = ofType(run, SET);
    expect(sets.filter((r) => r.importId !== "").map((r) => r.name)).toEqual([www]);
    expect(adoption.unused()).toEqual([]);
  });
});

describe("given a public zone the registrar serves", () => {
  it("then the plan has no Azure DNS zone", () => {
    const text = edit(EXAMPLE, "  provider: azure ", "  provider: registrar ").text;
    expect(planSite(modelOf(text)).azure!.publicDns).toBeUndefined();
  });
});
