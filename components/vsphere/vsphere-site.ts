/**
 * `carrel:vsphere:VsphereSite`: everything Carrel manages in vCenter: VM folders,
 * distributed port groups, role and backup tags, server VMs, anti-affinity rules and
 * VDI pools. The datacenter, cluster, datastore, distributed switch and templates
 * already exist; they were looked up by name before (`lookupVsphereNames`). What the
 * stack's imports file lists is adopted rather than created.
 */
import * as pulumi from "@pulumi/pulumi";
import { Adoption } from "../../src/pulumi/adoption.ts";
import {
  ADOPTABLE,
  antiAffinityResourceName,
  folderResourceName,
  portGroupResourceName,
  tagCategoryResourceName,
  tagResourceName,
  type TagKind,
} from "../../src/pulumi/names.ts";
import type { CloneSpec, VspherePlan } from "../../src/pulumi/plan.ts";
import type { DomainJoinSettings, GuestWait } from "../../src/pulumi/settings.ts";
import type { VsphereNames } from "../../src/pulumi/vsphere-names.ts";
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
  /** The datacenter, cluster, datastore, switch and templates, already looked up. */
  readonly names: VsphereNames;
  /** How long `pulumi up` waits for each guest's network. */
  readonly guestWait: GuestWait;
  /** What already exists and is adopted. @default nothing */
  readonly adoption?: Adoption;
}

/** The vSphere estate of one library. */
export class VsphereSite extends pulumi.ComponentResource {
  /** Server VM name → static address. */
  readonly vmAddresses: pulumi.Output<Record<string, string>>;
  /** Pool name → desktop names. */
  readonly desktopNames: pulumi.Output<Record<string, string[]>>;

  constructor(name: string, args: VsphereSiteArgs, opts?: pulumi.ComponentResourceOptions) {
    super("carrel:vsphere:VsphereSite", name, {}, opts);
    const { plan, provider, siteCode, names } = args;
    const adoption = args.adoption ?? new Adoption();
    const child = { provider, parent: this };
    const adopted = (type: (typeof ADOPTABLE)[keyof typeof ADOPTABLE], name: string) => ({
      ...child,
      ...adoption.options(type, name),
    });
    const datacenterId = names.datacenterId;
    const templates = new Map(
      [...names.templates].map(([key, template]) => [key, pulumi.output(template)]),
    );

    // Parents first: a nested folder (`Servers/Linux`) is created inside its parent.
    const folders = new Map<string, vsphere.Folder>();
    for (const path of [...plan.folders].sort((a, b) => depth(a) - depth(b))) {
      const name = folderResourceName(siteCode, path);
      const parent = folders.get(path.split("/").slice(0, -1).join("/"));
      const opts = adopted(ADOPTABLE.folder, name);
      folders.set(
        path,
        new vsphere.Folder(
          name,
          { path, type: "vm", datacenterId },
          parent ? { ...opts, dependsOn: [parent] } : opts,
        ),
      );
    }
    const portGroups = new Map(
      plan.portGroups.map((pg) => {
        const name = portGroupResourceName(siteCode, pg.vlan);
        const portGroup = new vsphere.DistributedPortGroup(
          name,
          {
            name: pg.name,
            distributedVirtualSwitchUuid: names.distributedSwitchId,
            vlanId: pg.vlanId,
            description: `VLAN ${pg.vlanId} (${pg.vlan}), managed by Carrel`,
          },
          adopted(ADOPTABLE.portGroup, name),
        );
        return [pg.vlan, portGroup];
      }),
    );

    const tags = (kind: TagKind, description: string, values: readonly string[]) =>
      tagSet(siteCode, kind, description, values, (type, name) => adopted(type, name));
    const roleTags = tags("role", "Server role, from site.yaml", plan.roles);
    const backupTags = tags("backup", "Backup class, from site.yaml", plan.backupClasses);

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
      resourcePoolId: names.cluster.resourcePoolId,
      datastoreId: names.datastoreId,
      folder: lookup(folders, spec.folder, "folder").path,
      networkId: lookup(portGroups, spec.vlan, "port group for VLAN").id,
      domainJoin: args.domainJoin,
      siteCode,
      provider,
      guestWait: args.guestWait,
    });

    const vms = new Map(
      plan.vms.map((vm) => {
        const tagIds = [lookup(backupTags, vm.backup, "backup class").id];
        if (vm.role !== undefined) tagIds.unshift(lookup(roleTags, vm.role, "role").id);
        const machine = new VirtualMachine(
          vm.name,
          { ...placement(vm), vm, tagIds, adoption },
          { parent: this },
        );
        return [vm.name, machine] as const;
      }),
    );

    for (const rule of plan.antiAffinity) {
      const name = antiAffinityResourceName(siteCode, rule.name);
      new vsphere.ComputeClusterVmAntiAffinityRule(
        name,
        {
          name,
          computeClusterId: names.cluster.id,
          virtualMachineIds: rule.vms.map((vm) => lookup(vms, vm, "VM").vmId),
          enabled: true,
        },
        adopted(ADOPTABLE.antiAffinity, name),
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
  siteCode: string,
  kind: TagKind,
  description: string,
  values: readonly string[],
  opts: (
    type: (typeof ADOPTABLE)["tag" | "tagCategory"],
    name: string,
  ) => pulumi.CustomResourceOptions,
): Map<string, vsphere.Tag> {
  if (values.length === 0) return new Map();
  const category = tagCategoryResourceName(siteCode, kind);
  const cat = new vsphere.TagCategory(
    category,
    {
      name: category,
      description,
      cardinality: "SINGLE",
      associableTypes: ["VirtualMachine"],
    },
    opts(ADOPTABLE.tagCategory, category),
  );
  return new Map(
    values.map((value) => {
      const name = tagResourceName(siteCode, kind, value);
      const tag = new vsphere.Tag(
        name,
        { name: value, categoryId: cat.id },
        opts(ADOPTABLE.tag, name),
      );
      return [value, tag];
    }),
  );
}

/** How deep a folder path is: `Servers` 1, `Servers/Linux` 2. */
function depth(path: string): number {
  return path.split("/").length;
}
