import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { carrel } from "../helpers/cli.ts";
import { replaceOnce, runningFolder } from "../drift/helpers.ts";
import { fixturePath } from "../import/fixtures.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const track = (dir: string) => (dirs.push(dir), dir);

const SITE = "site.yaml";
const changed = () =>
  track(
    runningFolder("example", (path, text) =>
      path === "switches/access-sw1.cfg"
        ? replaceOnce(
            text,
            'interface 13\n   name "Digital Media Lab"',
            'interface 13\n   name "DML - moved"',
          )
        : text,
    ),
  );

describe("carrel drift", () => {
  it("exits 0 when everything is compliant", async () => {
    const run = await carrel("drift", SITE, "--running", track(runningFolder("example")));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/\n3 devices checked: all compliant\n$/);
  });

  it("exits 1 on drift and says where to fix it", async () => {
    const run = await carrel("drift", SITE, "--running", changed());
    expect(run.code).toBe(1);
    expect(run.out).toMatch(
      /access-sw1 \(switch, running config .*access-sw1\.cfg\): not compliant, 1 difference\n/,
    );
    expect(run.out).toMatch(
      / {2}- port 13: named 'DML - moved' on the switch, 'Digital Media Lab' in site\.yaml\n {6}site\.yaml:\d+:\d+ {2}network\.switches\[1\]\.ports\[1\]\.description\n {6}\S+access-sw1\.cfg:\d+ {2}name "DML - moved"\n/,
    );
  });

  it("gives the same report as JSON for CI", async () => {
    const run = await carrel("drift", SITE, "--running", changed(), "--json");
    const json = JSON.parse(run.out) as {
      compliant: boolean;
      devices: { name: string; compliant: boolean; differences: { site: { path: string } }[] }[];
    };
    expect(run.code).toBe(1);
    expect(json.compliant).toBe(false);
    const access = json.devices.find((d) => d.name === "access-sw1")!;
    expect(access.compliant).toBe(false);
    expect(access.differences[0]!.site.path).toBe("network.switches[1].ports[1].description");
  });

  it("exits 2 on a running config it cannot use, naming the file and line", async () => {
    const dir = track(runningFolder("example"));
    copyFileSync(fixturePath("bad/truncated-core.cfg"), join(dir, "truncated-core.cfg"));
    const run = await carrel("drift", SITE, "--running", dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      `${join(dir, "truncated-core.cfg")}:152  the file ends inside the 'vlan 20' block`,
    );
  });

  it("exits 2 on another vendor's config, an empty folder, a missing folder or an invalid site", async () => {
    const dir = track(mkdtempSync(join(tmpdir(), "carrel-drift-cli-")));
    expect((await carrel("drift", SITE, "--running", dir)).err).toContain(
      "holds no running configuration of a switch or DHCP server",
    );
    copyFileSync(fixturePath("bad/cisco-ios.cfg"), join(dir, "sw3.cfg"));
    const cisco = await carrel("drift", SITE, "--running", dir);
    expect(cisco.code).toBe(2);
    expect(cisco.err).toContain("sw3.cfg:1  this is a Cisco IOS configuration");
    expect((await carrel("drift", SITE, "--running", join(dir, "nope"))).code).toBe(2);
    const bad = join(dir, "bad-site.yaml");
    writeFileSync(bad, "version: 1\n");
    expect((await carrel("drift", bad, "--running", dir)).code).toBe(2);
    expect((await carrel("drift", SITE)).code).toBe(2);
  });
});

describe("carrel docs --running", () => {
  it("adds a dated Compliance page with the same differences", async () => {
    const out = track(mkdtempSync(join(tmpdir(), "carrel-docs-running-")));
    const run = await carrel("docs", SITE, "--out", join(out, "docs"), "--running", changed());
    expect(run.code).toBe(0);
    const page = readFileSync(join(out, "docs", "compliance.html"), "utf8");
    expect(page).toContain(
      "On 23 November 2026, the running configurations were compared with what site.yaml renders: 2 of 3 devices compliant.",
    );
    expect(page).toContain(
      "port 13: named &#39;DML - moved&#39; on the switch, &#39;Digital Media Lab&#39; in site.yaml",
    );
    expect(readFileSync(join(out, "docs", "index.html"), "utf8")).toContain(
      'href="compliance.html"',
    );
  });
});
