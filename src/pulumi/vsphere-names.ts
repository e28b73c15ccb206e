/**
 * Every vCenter name site.yaml uses (datacenter, cluster, datastore, distributed switch,
 * templates) is looked up before anything is built, and all the missing ones are
 * reported together, each at its site.yaml key, instead of one provider error deep in a
 * resource's inputs. A lookup that fails for another reason (vCenter unreachable, login
 * refused) is reported once, as itself.
 */
import type * as pulumi from "@pulumi/pulumi";
import type { Issue } from "../site/issue.ts";
import { formatPath } from "../site/issue.ts";
import { editDistance } from "../site/suggest.ts";
import * as vsphere from "../vsphere/index.ts";
import type { VspherePlan } from "./plan.ts";

/** What the lookups found, by plan key. */
export interface VsphereNames {
  readonly datacenterId: string;
  readonly cluster: vsphere.GetComputeClusterResult;
  readonly datastoreId: string;
  readonly distributedSwitchId: string;
  /** Template key → the template as vCenter describes it. */
  readonly templates: ReadonlyMap<string, vsphere.GetVirtualMachineResult>;
}

/** Names site.yaml uses that vCenter does not have, each at its key; or why none could be checked. */
export class VsphereNamesError extends Error {
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[], reason?: string) {
    super(reason ?? issues.map((i) => `${formatPath(i.path)}  ${i.message}`).join("\n"));
    this.issues = issues;
  }
}

// What the provider says when a name does not exist ("vm 'x' not found", "cluster 'x' not
// found", "datacenter '/x' not found"); anything else is a problem with vCenter itself.
const NOT_FOUND = /not found|could not find|no such|does not exist|404/i;

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Looks every name up; throws a `VsphereNamesError` listing all that are missing. */
export async function lookupVsphereNames(
  plan: VspherePlan,
  opts: pulumi.InvokeOptions,
): Promise<VsphereNames> {
  const missing: Issue[] = [];
  const inDatacenter = ` in datacenter '${plan.datacenter}'`;
  const miss = (path: Issue["path"], what: string, name: string, where = "", tail = "") =>
    missing.push({
      rule: "vcenter",
      severity: "error",
      path,
      message: `vCenter has no ${what} '${name}'${where} (${formatPath(path)})${tail}`,
    });
  let other: string | undefined;
  const attempt = async <T>(lookup: () => Promise<T>, onMissing: () => void) => {
    try {
      return await lookup();
    } catch (err) {
      if (NOT_FOUND.test(reasonOf(err))) onMissing();
      else other ??= reasonOf(err);
      return undefined;
    }
  };

  const datacenter = await attempt(
    () => vsphere.getDatacenter({ name: plan.datacenter }, opts),
    () =>
      miss(
        ["vsphere", "datacenter"],
        "datacenter",
        plan.datacenter,
        "",
        "; the cluster, datastore, switch and templates are looked up in it, so they were not checked",
      ),
  );
  if (other) throw new VsphereNamesError([], `looking up vCenter names failed: ${other}`);
  if (!datacenter) throw new VsphereNamesError(missing);
  const datacenterId = datacenter.id;
  const [cluster, datastore, dvs, ...templates] = await Promise.all([
    attempt(
      () => vsphere.getComputeCluster({ name: plan.cluster, datacenterId }, opts),
      () => miss(["vsphere", "cluster"], "cluster", plan.cluster, inDatacenter),
    ),
    attempt(
      () => vsphere.getDatastore({ name: plan.datastore, datacenterId }, opts),
      () => miss(["vsphere", "datastore"], "datastore", plan.datastore, inDatacenter),
    ),
    attempt(
      () =>
        vsphere.getDistributedVirtualSwitch({ name: plan.distributedSwitch, datacenterId }, opts),
      () =>
        miss(
          ["vsphere", "distributedSwitch"],
          "distributed switch",
          plan.distributedSwitch,
          inDatacenter,
        ),
    ),
    ...plan.templates.map((t) =>
      attempt(
        () => vsphere.getVirtualMachine({ name: t.name, datacenterId }, opts),
        () =>
          miss(
            ["vsphere", "templates", t.key, "name"],
            "template",
            t.name,
            "",
            itHas(t.name, datacenter.virtualMachines),
          ),
      ),
    ),
  ]);
  if (other) throw new VsphereNamesError([], `looking up vCenter names failed: ${other}`);
  if (missing.length > 0 || !cluster || !datastore || !dvs) throw new VsphereNamesError(missing);
  return {
    datacenterId,
    cluster,
    datastoreId: datastore.id,
    distributedSwitchId: dvs.id,
    templates: new Map(plan.templates.map((t, i) => [t.key, templates[i]!])),
  };
}

/** `; it has: a, b, c`: the datacenter's VMs and templates most like the name, at most eight. */
function itHas(name: string, names: readonly string[] | undefined): string {
  if (!names || names.length === 0) return "";
  const ranked = [...new Set(names)]
    .sort((a, b) => editDistance(name, a) - editDistance(name, b) || (a < b ? -1 : 1))
    .slice(0, 8);
  return `; it has: ${ranked.join(", ")}${names.length > 8 ? ", ..." : ""}`;
}
