/** How long `pulumi up` waits for each guest's network: a stack setting, no wait by default. */
import { describe, expect, it } from "vitest";
import { resources, runSite, SITES, T } from "./helpers.ts";
import { MOCK_CONFIG } from "./mocks.ts";

const waits = (run: Awaited<ReturnType<typeof runSite>>) => [
  ...new Set(
    resources(run, T.vm).map(
      (r) => `${String(r.inputs.waitForGuestNetTimeout)}/${String(r.inputs.waitForGuestIpTimeout)}`,
    ),
  ),
];

describe("given no guest-network setting", () => {
  it("when the program runs, then no VM or desktop waits for its guest's network", async () => {
    expect(waits(await runSite(SITES.example))).toEqual(["0/0"]);
  });
});

describe("given carrel:guestNetworkWaitMinutes: 5", () => {
  it("when the program runs, then every VM and desktop waits up to 5 minutes for a routable address", async () => {
    const run = await runSite(SITES.example, {
      config: { ...MOCK_CONFIG, guestNetworkWaitMinutes: "5" },
    });
    expect(waits(run)).toEqual(["5/0"]);
  });

  it("when the setting is not a number of minutes, then the program says so", async () => {
    const run = await runSite(SITES.example, {
      config: { ...MOCK_CONFIG, guestNetworkWaitMinutes: "soon" },
    });
    expect(String((run.error as Error).message)).toContain("carrel:guestNetworkWaitMinutes");
  });
});
