/**
 * The Pulumi program on a consortium member (stack setting `carrel:site: sites/<code>/site.yaml`):
 * it builds the site with what it inherits from consortium.yaml, and stops, like validate,
 * on a problem across sites.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeConsortium } from "../helpers/consortium.ts";
import { T, resources, runSite } from "./helpers.ts";
import type { MockRun } from "./mocks.ts";

let dir = "";
let branch: MockRun;
beforeAll(async () => {
  dir = makeConsortium();
  // The program is given the member's path; it finds consortium.yaml from there.
  const file = join(dir, "sites", "mbl", "site.yaml");
  branch = await runSite(file, { siteText: readFileSync(file, "utf8") });
});

describe("given a consortium member's stack", () => {
  it("then the program builds the site with the groups every member shares", () => {
    expect(branch.error).toBeUndefined();
    expect(resources(branch, T.group).map((r) => r.inputs.displayName)).toEqual([
      "RVLC-Catalogue-Staff",
    ]);
  });

  it("then a subnet another member uses stops it with the validator's message", async () => {
    const file = join(dir, "sites", "hcl", "site.yaml");
    const text = readFileSync(file, "utf8").replace(
      "subnet: 172.16.30.0/24",
      "subnet: 10.20.30.0/24",
    );
    writeFileSync(file, text);
    const run = await runSite(file, { siteText: text });
    expect(String(run.error)).toContain(
      "network.vlans[2].subnet  10.20.30.0/24 (VLAN 'phones') overlaps 10.20.30.0/24, VLAN 'public' of site 'rbpl'",
    );
    expect(run.registrations.filter((r) => r.type !== T.stack)).toEqual([]);
  });
});
