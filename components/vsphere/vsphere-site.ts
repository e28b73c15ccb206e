/**
 * `carrel:vsphere:VsphereSite`: everything Carrel manages in vCenter: VM folders,
 * distributed port groups, role and backup tags, server VMs, anti-affinity rules and
 * VDI pools. The datacenter, cluster, datastore, distributed switch and templates
 * already exist and are looked up by name.
 */
import * as pulumi from "@pulumi/pulumi";
import type { CloneSpec, VspherePlan } from "../../src/pulumi/plan.ts";
import type { DomainJoinSettings } from "../../src/pulumi/settings.ts";
import * as vsphere from "../../src/vsphere/index.ts";
import type { ClonePlacement } from "./clone-placement.ts";
import { VdiPool } from "./vdi-pool.ts";
import { VirtualMachine } from "./virtual-machine.ts";

/** The vSphere section of the site and what it needs. */
export interface VsphereSiteArgs {
  /** The vSphere part of the site plan. */
  readonly plan: VspherePlan;
  /** The site code: prefixes port group, tag category and rule names. */
  readonly siteCode: string;
  /** The site's DNS / Active Directory domain. */
  readonly domain: string;
  /** The site's IANA time zone. */
  readonly timezone: string;
  /** The domain-join account, when any guest runs Windows. */
  readonly domainJoin: DomainJoinSettings | undefined;
  /** The vsphere provider for this vCenter. */
  readonly provider: vsphere.Provider;
}

/** The vSphere estate of one library. */
export class VsphereSite extends pulumi.ComponentResource {
  /** Server VM name → static address. */
  readonly vmAddresses: pulumi.Output<Record<string, string>>;
  /** Pool name → desktop names. */
  readonly desktopNames: pulumi.Output<Record<string, string[]>>;

  constructor(name: string, args: VsphereSiteArgs, opts?: pulumi.ComponentResourceOptions) {
    super("carrel:vsphere:VsphereSite", name, {}, opts);
    const { plan, provider, siteCode } = args;
    const invoke = { provider, parent: this };
    const child = { provider, parent: this };

    const datacenter = vsphere.getDatacenterOutput({ name: plan.datacenter }, invoke);
    const datacenterId = datacenter.id;
    const cluster = vsphere.getComputeClusterOutput({ name: plan.cluster, datacenterId }, invoke);
    const datastore = vsphere.getDatastoreOutput({ name: plan.datastore, datacenterId }, invoke);
    const dvs = vsphere.getDistributedVirtualSwitchOutput(
      { name: plan.distributedSwitch, datacenterId },
      invoke,
    );
    const templates = new Map(
      plan.templates.map((t) => [
        t.key,
        vsphere.getVirtualMachineOutput({ name: t.name, datacenterId }, invoke),
      ]),
    );

    const folders = new Map(
      plan.folders.map((path) => [
        path,
        new vsphere.Folder(`${siteCode}-folder-${path}`, { path, type: "vm", datacenterId }, child),
      ]),
    );
    const portGroups = new Map(
      plan.portGroups.map((pg) => [
        pg.vlan,
        new vsphere.DistributedPortGroup(
          `${siteCode}-${pg.vlan}`,
          {
            name: pg.name,
            distributedVirtualSwitchUuid: dvs.id,
            vlanId: pg.vlanId,
            description: `VLAN ${pg.vlanId} (${pg.vlan}), managed by Carrel`,
          },
          child,
        ),
      ]),
    );

    const roleTags = tagSet(`${siteCode}-role`, "Server role, from site.yaml", plan.roles, child);
    const backupTags = tagSet(
      `${siteCode}-backup`,
      "Backup class, from site.yaml",
      plan.backupClasses,
      child,
    );

    const lookup = <T>(map: Map<string, T>, key: string, what: string): T => {
      const found = map.get(key);
      if (found === undefined) throw new Error(`${what} '${key}' is not in site.yaml`);
      return found;
    };

    // What every clone shares; only its template, folder and VLAN differ.
    const placement = (spec: CloneSpec): ClonePlacement => ({
      domain: args.domain,
      timezone: args.timezone,
      template: lookup(templates, spec.templateKey, "template"),
      resourcePoolId: cluster.resourcePoolId,
      datastoreId: datastore.id,
      folder: lookup(folders, spec.folder, "folder").path,
      networkId: lookup(portGroups, spec.vlan, "port group for VLAN").id,
      domainJoin: args.domainJoin,
      siteCode,
      provider,
    });

    const vms = new Map(
      plan.vms.map((vm) => {
        const tagIds = [lookup(backupTags, vm.backup, "backup class").id];
        if (vm.role !== undefined) tagIds.unshift(lookup(roleTags, vm.role, "role").id);
        const machine = new VirtualMachine(
          vm.name,
          { ...placement(vm), vm, tagIds },
          { parent: this },
        );
        return [vm.name, machine] as const;
      }),
    );

    for (const rule of plan.antiAffinity) {
      new vsphere.ComputeClusterVmAntiAffinityRule(
        `${siteCode}-${rule.name}`,
        {
          name: `${siteCode}-${rule.name}`,
          computeClusterId: cluster.id,
          virtualMachineIds: rule.vms.map((vm) => lookup(vms, vm, "VM").vmId),
          enabled: true,
        },
        child,
      );
    }

    const pools = plan.pools.map(
      (pool) =>
        [
          pool.name,
          new VdiPool(
            pool.name,
            {
              ...placement(pool),
              pool,
            },
            { parent: this },
          ),
        ] as const,
    );

    this.vmAddresses = pulumi.output(Object.fromEntries(plan.vms.map((vm) => [vm.name, vm.ip])));
    this.desktopNames = pulumi.output(
      Object.fromEntries(pools.map(([poolName, pool]) => [poolName, pool.desktopNames])),
    );
    this.registerOutputs({ vmAddresses: this.vmAddresses, desktopNames: this.desktopNames });
  }
}

/** A tag category (one tag per VM) and a tag per value, by value. */
function tagSet(
  category: string,
  description: string,
  values: readonly string[],
  opts: pulumi.CustomResourceOptions,
): Map<string, vsphere.Tag> {
  if (values.length === 0) return new Map();
  const cat = new vsphere.TagCategory(
    category,
    {
      name: category,
      description,
      cardinality: "SINGLE",
      associableTypes: ["VirtualMachine"],
    },
    opts,
  );
  return new Map(
    values.map((value) => [
      value,
      new vsphere.Tag(`${category}-${value}`, { name: value, categoryId: cat.id }, opts),
    ]),
  );
}
