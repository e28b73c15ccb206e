import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readVcenter, VcenterError } from "../../../src/import/vcenter/read.ts";
import { startVcsim, VCSIM_PASSWORD, VCSIM_USER, type Vcsim } from "../../helpers/vcsim.ts";

/** The message a failed read ends with. */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(VcenterError);
    return (err as Error).message;
  }
  throw new Error("the read did not fail");
}

describe("a vCenter that refuses or cannot be used", () => {
  let sim: Vcsim;
  beforeAll(async () => {
    sim = await startVcsim();
  });
  afterAll(() => sim.stop());

  it("names the user it refused, never the password", async () => {
    const message = await failure(
      readVcenter(sim.url, { env: { ...sim.env, CARREL_VCENTER_PASSWORD: "wrong-Secret-1" } }),
    );
    expect(message).toBe(
      `vCenter at ${sim.url} refused the login of '${VCSIM_USER}' (wrong user name or password?)`,
    );
  });

  it("verifies the certificate unless told otherwise", async () => {
    const env = { CARREL_VCENTER_USER: VCSIM_USER, CARREL_VCENTER_PASSWORD: VCSIM_PASSWORD };
    const message = await failure(readVcenter(sim.url, { env }));
    expect(message).toMatch(
      new RegExp(
        `^vCenter at ${sim.url.replace(/[./]/g, "\\$&")} presented a certificate this machine does not trust \\(`,
      ),
    );
    expect(message).toContain("CARREL_VCENTER_CA_FILE");
    const fragment = await readVcenter(sim.url, { env: { ...env, CARREL_VCENTER_INSECURE: "1" } });
    expect(fragment.items.length).toBeGreaterThan(5);
  });

  it("asks for credentials in the environment", async () => {
    expect(await failure(readVcenter(sim.url, { env: {} }))).toBe(
      `set CARREL_VCENTER_USER and CARREL_VCENTER_PASSWORD to a vCenter account (read-only is enough) to import from ${sim.url}`,
    );
  });

  it("refuses credentials in the address", async () => {
    const url = sim.url.replace("https://", "https://admin:pw@");
    expect(await failure(readVcenter(url, { env: sim.env }))).toBe(
      "put no credentials in the vCenter address; set CARREL_VCENTER_USER and CARREL_VCENTER_PASSWORD instead",
    );
  });
});

describe("a vCenter that cannot be reached", () => {
  it("says the connection was refused, naming the URL", async () => {
    const sim = await startVcsim();
    await sim.stop();
    const env = { ...sim.env, CARREL_VCENTER_CA_FILE: "", CARREL_VCENTER_INSECURE: "1" };
    expect(await failure(readVcenter(sim.url, { env }))).toBe(
      `cannot reach vCenter at ${sim.url}: the connection was refused (is the address and port right?)`,
    );
  });

  describe("something that is not vCenter", () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      server = createServer((_, res) =>
        res.writeHead(404).end("<html><body>Not here</body></html>"),
      );
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sdk`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("says it did not answer as vCenter does", async () => {
      const env = { CARREL_VCENTER_USER: "u", CARREL_VCENTER_PASSWORD: "p" };
      expect(await failure(readVcenter(url, { env }))).toBe(
        `${url} did not answer with a SOAP envelope (HTTP 404)`,
      );
    });
  });
});

describe("an address that would send the password unencrypted", () => {
  it("is refused unless it is this machine", async () => {
    const env = { CARREL_VCENTER_USER: "u", CARREL_VCENTER_PASSWORD: "p" };
    expect(await failure(readVcenter("http://vcenter.example.org/sdk", { env }))).toBe(
      "'http://vcenter.example.org/sdk' would send the vCenter password unencrypted; give its https:// address",
    );
  });
});
