/**
 * What the consortium hub shows of one member: who it is, its networks, and the inventory,
 * licences and contracts the consortium's budget adds up. Plain data, made from the
 * member's model where its docs are built (a worker thread), and sent to the hub's builder.
 */
import { replacementDate, type SiteModel } from "../../site/index.ts";

/** One member, as the hub shows it. */
export interface HubSite {
  readonly code: string;
  readonly file: string;
  readonly name: string;
  readonly address?: string;
  readonly domain: string;
  readonly timezone: string;
  readonly currency: string;
  readonly counts: {
    readonly vlans: number;
    readonly switches: number;
    readonly vms: number;
    readonly desktops: number;
  };
  readonly onCall: readonly {
    readonly name: string;
    readonly role?: string;
    readonly phone?: string;
  }[];
  readonly networks: readonly {
    readonly vlan: string;
    readonly id: number;
    readonly subnet: string;
  }[];
  readonly assets: readonly {
    readonly id: string;
    readonly kind: string;
    readonly model: string;
    readonly quantity: number;
    readonly cost: number;
    /** The replacement date: bought plus lifespan. */
    readonly due: string;
  }[];
  readonly licences: readonly {
    readonly name: string;
    readonly vendor?: string;
    readonly renews?: string;
    readonly annualCost?: number;
  }[];
  readonly contracts: readonly {
    readonly vendor: string;
    readonly contract?: string;
    readonly ends: string;
  }[];
}

/** The hub's view of a member. */
export function hubSite(code: string, file: string, model: SiteModel): HubSite {
  const site = model.site;
  return {
    code,
    file,
    name: site.site.name,
    ...(site.site.address ? { address: site.site.address } : {}),
    domain: site.site.domain,
    timezone: site.site.timezone,
    currency: site.site.currency,
    counts: {
      vlans: site.network.vlans.length,
      switches: site.network.switches.length,
      vms: site.vsphere?.vms.length ?? 0,
      desktops: model.pools.reduce((n, p) => n + p.desktops.length, 0),
    },
    onCall: site.site.contacts
      .filter((c) => c.onCall)
      .map((c) => ({
        name: c.name,
        ...(c.role ? { role: c.role } : {}),
        ...(c.phone ? { phone: c.phone } : {}),
      })),
    networks: site.network.vlans.map((v) => ({ vlan: v.name, id: v.id, subnet: v.subnet })),
    assets: (site.inventory?.assets ?? []).map((a) => ({
      id: a.id,
      kind: a.kind,
      model: a.model,
      quantity: a.quantity,
      cost: a.cost,
      due: replacementDate(a),
    })),
    licences: (site.inventory?.licenses ?? []).map((l) => ({
      name: l.name,
      ...(l.vendor ? { vendor: l.vendor } : {}),
      ...(l.renews ? { renews: l.renews } : {}),
      ...(l.annualCost !== undefined ? { annualCost: l.annualCost } : {}),
    })),
    contracts: site.site.vendors.flatMap((v) =>
      v.contractEnds
        ? [
            {
              vendor: v.name,
              ...(v.contract ? { contract: v.contract } : {}),
              ends: v.contractEnds,
            },
          ]
        : [],
    ),
  };
}
