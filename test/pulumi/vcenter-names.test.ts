/**
 * Under the real engine a vCenter name that does not exist used to end in a stack trace
 * naming an unrelated property. Every name is now looked up first; the fake vCenter here
 * fails lookups of names it does not hold, as the vsphere provider does.
 */
import { describe, expect, it } from "vitest";
import { runSite, siteText, SITES, T } from "./helpers.ts";
import type { MockVcenter } from "./mocks.ts";

/** The example site's vCenter, as site.yaml names it. */
const EXAMPLE: MockVcenter = {
  datacenters: ["RBPL"],
  clusters: ["Cluster01"],
  datastores: ["vsanDatastore"],
  switches: ["dvs-rbpl"],
  vms: ["tmpl-win2022-std", "tmpl-ubuntu-2404", "tmpl-win11-public-golden", "rbpl-dc01"],
};

/**
 * `LINE:COL` of `value` on the example's line that starts with `line` (computed, so that
 * edits elsewhere in the example site do not move the expectations).
 */
function at(line: string, value: string): string {
  const lines = siteText(SITES.example).split("\n");
  const index = lines.findIndex((l) => l.trimStart().startsWith(line));
  return `${index + 1}:${lines[index]!.indexOf(value, lines[index]!.indexOf(line)) + 1}`;
}

/** What a run built beyond the stack, the site component and the providers. */
const built = (types: readonly string[]) =>
  types.filter(
    (t) => !t.startsWith("pulumi:providers:") && t !== T.stack && t !== "carrel:site:LibrarySite",
  );

describe("given a vCenter that has every name site.yaml uses", () => {
  it("when the program runs, then it builds the vSphere estate", async () => {
    const run = await runSite(SITES.example, { vcenter: EXAMPLE });
    expect(run.error).toBeUndefined();
    expect(run.registrations.filter((r) => r.type === T.vm).length).toBe(36);
  });
});

describe("given a vCenter that lacks a cluster, a switch and a template", () => {
  it("when the program runs, then one error lists each at its key, and nothing is built anywhere", async () => {
    const run = await runSite(SITES.example, {
      vcenter: {
        ...EXAMPLE,
        clusters: ["Cluster1"],
        switches: [],
        vms: ["tmpl-win2022-std", "tmpl-ubuntu-2204", "tmpl-win11-public-golden", "rbpl-dc01"],
      },
    });
    expect((run.error as Error).message).toBe(
      [
        `site.yaml:${at("cluster:", "Cluster01")}  vsphere.cluster  vCenter has no cluster 'Cluster01' in datacenter 'RBPL' (vsphere.cluster)`,
        `site.yaml:${at("distributedSwitch:", "dvs-rbpl")}  vsphere.distributedSwitch  vCenter has no distributed switch 'dvs-rbpl' in datacenter 'RBPL' (vsphere.distributedSwitch)`,
        `site.yaml:${at("ubuntu2404:", "tmpl-ubuntu-2404")}  vsphere.templates.ubuntu2404.name  vCenter has no template 'tmpl-ubuntu-2404' (vsphere.templates.ubuntu2404.name); it has: tmpl-ubuntu-2204, tmpl-win2022-std, rbpl-dc01, tmpl-win11-public-golden`,
        "site.yaml: 3 names not found in vCenter vcenter.ad.rbpl.org; nothing was built",
      ].join("\n"),
    );
    expect(built(run.registrations.map((r) => r.type))).toEqual([]);
  });
});

describe("given a vCenter without the site's datacenter", () => {
  it("when the program runs, then it says so once, as the rest is looked up inside it", async () => {
    const run = await runSite(SITES.example, { vcenter: { ...EXAMPLE, datacenters: ["DC0"] } });
    expect((run.error as Error).message).toBe(
      `site.yaml:${at("datacenter:", "RBPL")}  vsphere.datacenter  vCenter has no datacenter 'RBPL' (vsphere.datacenter); the cluster, datastore, switch and templates are looked up in it, so they were not checked\n` +
        "site.yaml: 1 name not found in vCenter vcenter.ad.rbpl.org; nothing was built",
    );
  });
});

describe("given a vCenter that cannot be reached", () => {
  it("when the program runs, then it says why once instead of blaming the names", async () => {
    const run = await runSite(SITES.example, {
      vcenter: { ...EXAMPLE, failure: "Post https://vcenter.ad.rbpl.org/sdk: connection refused" },
    });
    expect((run.error as Error).message).toBe(
      "looking up vCenter names failed: Post https://vcenter.ad.rbpl.org/sdk: connection refused",
    );
    expect(built(run.registrations.map((r) => r.type))).toEqual([]);
  });
});

describe("given a site with validation warnings", () => {
  it("when the program runs, then each warning is logged once, on its own line", async () => {
    const run = await runSite(SITES.example);
    expect(run.warnings.length).toBeGreaterThan(0);
    expect(run.warnings.every((w) => !w.includes("\n"))).toBe(true);
    expect(new Set(run.warnings).size).toBe(run.warnings.length);
    expect(run.warnings.every((w) => /^site\.yaml:\d+:\d+ {2}\S+ {2}warning: /.test(w))).toBe(true);
  });
});
