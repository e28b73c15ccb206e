/**
 * `carrel:azure:PublicDns`: the library's public zone in Azure DNS, and one record set per
 * name and type of the site's public zone (web site, mail, SPF, DKIM, DMARC, autodiscover,
 * verification). Azure keeps the zone's own SOA and NS records; the registrar must point
 * the domain at the name servers the zone gets (the stack output `publicDnsNameServers`).
 */
import * as pulumi from "@pulumi/pulumi";
import * as dns from "@pulumi/azure-native/dns/index.js";
import type { Provider } from "@pulumi/azure-native/provider.js";
import { Adoption } from "../../src/pulumi/adoption.ts";
import {
  ADOPTABLE,
  dnsRecordSetResourceName,
  dnsZoneResourceName,
} from "../../src/pulumi/names.ts";
import type { PublicDnsPlan, PublicRecordSetPlan } from "../../src/pulumi/plan.ts";

/** The public zone's settings. */
export interface PublicDnsArgs {
  /** The zone and its record sets. */
  readonly plan: PublicDnsPlan;
  /** The resource group the zone lives in. */
  readonly resourceGroupName: pulumi.Input<string>;
  /** Tags for the zone; record sets carry them as metadata. */
  readonly tags: Record<string, string>;
  /** The azure-native provider. */
  readonly provider: Provider;
  /** The zone and record sets when they already exist. @default nothing */
  readonly adoption?: Adoption;
}

/** The record arguments of one set, by its type. */
function records(set: PublicRecordSetPlan): Partial<dns.RecordSetArgs> {
  switch (set.type) {
    case "A":
      return { aRecords: set.values.map((ipv4Address) => ({ ipv4Address })) };
    case "AAAA":
      return { aaaaRecords: set.values.map((ipv6Address) => ({ ipv6Address })) };
    case "CNAME":
      return { cnameRecord: { cname: set.values[0] } };
    case "MX":
      return { mxRecords: set.mx.map((m) => ({ preference: m.preference, exchange: m.exchange })) };
    case "TXT":
      return { txtRecords: set.txt.map((value) => ({ value: [...value] })) };
    default: {
      const never: never = set.type;
      throw new Error(`no Azure DNS records for type ${String(never)}`);
    }
  }
}

/** The public zone and its record sets. */
export class PublicDns extends pulumi.ComponentResource {
  /** The name servers Azure gives the zone: the registrar must delegate the domain to them. */
  readonly nameServers: pulumi.Output<string[]>;

  constructor(name: string, args: PublicDnsArgs, opts?: pulumi.ComponentResourceOptions) {
    super("carrel:azure:PublicDns", name, {}, opts);
    const { plan, resourceGroupName, provider } = args;
    const adoption = args.adoption ?? new Adoption();
    const child = { parent: this, provider };
    const zoneName = dnsZoneResourceName(plan.zone);
    const zone = new dns.Zone(
      zoneName,
      {
        zoneName: plan.zone,
        resourceGroupName,
        location: "global",
        zoneType: "Public",
        tags: args.tags,
      },
      { ...child, ...adoption.options(ADOPTABLE.dnsZone, zoneName) },
    );
    for (const set of plan.recordSets) {
      const setName = dnsRecordSetResourceName(plan.zone, set.type, set.name);
      new dns.RecordSet(
        setName,
        {
          zoneName: zone.name,
          resourceGroupName,
          relativeRecordSetName: set.name,
          recordType: set.type,
          ttl: set.ttl,
          metadata: args.tags,
          ...records(set),
        },
        { ...child, ...adoption.options(ADOPTABLE.dnsRecordSet, setName) },
      );
    }
    this.nameServers = zone.nameServers;
    this.registerOutputs({ nameServers: this.nameServers });
  }
}
