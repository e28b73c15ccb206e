/**
 * Secrets (vCenter password, domain-join password, VPN shared key) come only from
 * secret stack config: they reach the resources that need them marked as secrets, and
 * never appear in plain inputs, stack outputs, rendered files or logs.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { siteStamp } from "../../src/output/index.ts";
import { MOCK_SECRETS, withoutSecrets, type MockRun } from "./mocks.ts";
import { createEngine } from "../../src/render/engine.ts";
import { renderHorizon } from "../../src/render/horizon/index.ts";
import { buildModel } from "../../src/site/index.ts";
import { check } from "../helpers/site.ts";
import { SITES, T, resource, runSite, siteText } from "./helpers.ts";

let run: MockRun;
const logged: string[] = [];

beforeAll(async () => {
  const capture = (chunk: unknown) => {
    logged.push(String(chunk));
    return true;
  };
  const out = vi.spyOn(process.stdout, "write").mockImplementation(capture);
  const err = vi.spyOn(process.stderr, "write").mockImplementation(capture);
  const methods = ["log", "info", "warn", "error", "debug"] as const;
  const spies = methods.map((m) =>
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(" "));
    }),
  );
  try {
    run = await runSite(SITES.example);
  } finally {
    out.mockRestore();
    err.mockRestore();
    for (const spy of spies) spy.mockRestore();
  }
});
afterAll(() => vi.restoreAllMocks());

const leaks = (text: string) => MOCK_SECRETS.filter((secret) => text.includes(secret));

describe("given the example site and secret stack config", () => {
  it("then the run succeeds and the secrets are used, marked as secrets", () => {
    expect(run.error).toBeUndefined();
    const wire = JSON.stringify(run.registrations.map((r) => r.wire));
    for (const secret of MOCK_SECRETS) expect(wire).toContain(secret);
    const vcenter = resource(run, "pulumi:providers:vsphere", "rbpl-vsphere").wire;
    expect(withoutSecrets(vcenter)).toMatchObject({ password: "[secret]" });
    const vpn = resource(run, T.connection, "rbpl-vpn-library-ipsec").wire;
    expect(withoutSecrets(vpn)).toMatchObject({ sharedKey: "[secret]" });
    const dc = withoutSecrets(resource(run, T.vm, "rbpl-dc01").wire) as {
      clone: { customize: { windowsOptions: Record<string, unknown> } };
    };
    expect(dc.clone.customize.windowsOptions.domainAdminPassword).toBe("[secret]");
  });

  it("then no secret appears in any plain resource input", () => {
    for (const r of run.registrations)
      expect(leaks(JSON.stringify(withoutSecrets(r.wire))), `${r.type} ${r.name}`).toEqual([]);
  });

  it("then no secret appears in the stack outputs", () => {
    expect(leaks(JSON.stringify(run.outputs))).toEqual([]);
  });

  it("then no secret appears in function call arguments or in the logs", () => {
    expect(leaks(JSON.stringify(run.calls))).toEqual([]);
    expect(logged.length).toBeGreaterThan(0);
    expect(leaks(logged.join("\n"))).toEqual([]);
  });

  it("then no secret appears in the rendered Horizon scripts", () => {
    const text = siteText(SITES.example);
    const model = buildModel(check(text).site!);
    const files = renderHorizon(model, siteStamp("site.yaml", text), createEngine());
    expect(files.length).toBe(2);
    expect(leaks(files.map((f) => f.content).join("\n"))).toEqual([]);
  });
});
