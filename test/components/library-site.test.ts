/** `carrel:site:LibrarySite`: a provider and a component per present section, no more. */
import { describe, expect, it } from "vitest";
import { LibrarySite } from "../../components/library-site.ts";
import { runUnderMocks } from "../pulumi/mocks.ts";
import type { SitePlan } from "../../src/pulumi/plan.ts";

const empty: SitePlan = {
  code: "lib",
  name: "Library",
  domain: "ad.lib.example",
  timezone: "UTC",
  vsphere: undefined,
  groups: undefined,
  azure: undefined,
};

const noSettings = {
  vsphere: undefined,
  domainJoin: undefined,
  azure: undefined,
  vpnSharedKey: undefined,
  entraTenantId: undefined,
};

describe("given a site with no vSphere, directory or Azure section", () => {
  it("when built, then only the root component exists and there are no outputs", async () => {
    const run = await runUnderMocks(async () => {
      const site = new LibrarySite("lib", { plan: empty, settings: noSettings });
      return site.outputs;
    });
    expect(run.registrations.map((r) => `${r.type} ${r.name}`)).toEqual([
      "pulumi:pulumi:Stack carrel-test",
      "carrel:site:LibrarySite lib",
    ]);
    expect(run.outputs).toEqual({});
  });
});

describe("given a site with directory groups but no Entra tenant in stack config", () => {
  it("when built, then it says what to set", async () => {
    const run = await runUnderMocks(async () => {
      new LibrarySite("lib", { plan: { ...empty, groups: [] }, settings: noSettings });
    });
    expect((run.error as Error).message).toBe("the Entra tenant id must be set in stack config");
  });
});
