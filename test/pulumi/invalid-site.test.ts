/**
 * An invalid or unreadable site stops the program with the validator's own messages,
 * before any resource is registered.
 */
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { MOCK_CONFIG, runProgramUnderMocks } from "./mocks.ts";
import { CONFIG_KEYS } from "../../src/pulumi/settings.ts";
import { formatText } from "../../src/site/index.ts";
import { check, edit, EXAMPLE, TODAY } from "../helpers/site.ts";
import { SITES, T, runSite } from "./helpers.ts";

describe("given a site with errors", () => {
  const bad = edit(
    EXAMPLE,
    "network: { vlan: servers, ip: 10.20.10.13 }",
    "network: { vlan: serverz, ip: 10.20.10.13 }",
  );

  it("when the program runs, then it stops with exactly the validator's messages", async () => {
    const run = await runSite(SITES.example, { siteText: bad.text });
    expect(pulumi.RunError.isInstance(run.error as Error)).toBe(true);
    const message = (run.error as Error).message;
    expect(message).toBe(formatText(check(bad.text)).trimEnd());
    expect(message).toContain(`site.yaml:${bad.line}:`);
    expect(message).toMatch(/serverz/);
    expect(message.split("\n").at(-1)).toMatch(/^site\.yaml: 1 error, \d+ warnings?; not valid$/);
  });

  it("then nothing but the stack itself is registered and nothing is looked up", async () => {
    const run = await runSite(SITES.example, { siteText: bad.text });
    expect(run.registrations.map((r) => r.type)).toEqual([T.stack]);
    expect(run.calls).toEqual([]);
  });
});

describe("given a site file that cannot be read", () => {
  it("when the program runs, then it says so in plain words and registers nothing", async () => {
    const run = await runProgramUnderMocks({
      siteFile: "test/fixtures/pulumi/missing.yaml",
      validate: { today: TODAY },
    });
    expect((run.error as Error).message).toBe(
      "cannot find test/fixtures/pulumi/missing.yaml; give the path of your site.yaml",
    );
    expect(run.registrations.map((r) => r.type)).toEqual([T.stack]);
  });
});

describe("given a valid site but a missing secret", () => {
  it("when the program runs, then it names the config key to set, before registering", async () => {
    const config = Object.fromEntries(
      Object.entries(MOCK_CONFIG).filter(([key]) => key !== CONFIG_KEYS.vpnSharedKey),
    );
    const run = await runSite(SITES.example, { config });
    expect((run.error as Error).message).toContain("carrel:vpnSharedKey");
    expect(run.registrations.map((r) => r.type)).toEqual([T.stack]);
  });
});
