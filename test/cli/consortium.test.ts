/**
 * Commands at a consortium's root, on the three-site fixture (the example, a small branch
 * with dnsmasq, a site with ISC DHCP): every site validated, rendered to `out/<code>/` and
 * documented under the hub; the consortium checked as a whole; sites run in worker threads.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { carrel } from "../helpers/cli.ts";
import { makeConsortium, positionIn } from "../helpers/consortium.ts";

const home = process.cwd();
let dir = "";
const workers = process.env.CARREL_WORKERS;

beforeAll(() => {
  dir = makeConsortium();
  process.chdir(dir);
  // Two threads whatever the machine: this one and a worker, so the workers run here too.
  process.env.CARREL_WORKERS = "2";
});
afterAll(() => {
  process.chdir(home);
  if (workers === undefined) delete process.env.CARREL_WORKERS;
  else process.env.CARREL_WORKERS = workers;
});

describe("carrel validate at a consortium's root", () => {
  it("validates every site with what it inherits, then the consortium as a whole", async () => {
    const run = await carrel("validate");
    expect(run.code, run.err).toBe(0);
    const lines = run.out.trimEnd().split("\n");
    expect(lines.filter((l) => !l.includes("warning:"))).toEqual([
      expect.stringMatching(
        /^Riverbend Public Library: 7 VLANs, 2 switches, 6 VMs, 30 desktops, 8 groups; valid, \d warnings?$/,
      ),
      "Millbrook Branch Library: 4 VLANs, 1 switch, 0 VMs, 0 desktops, 1 group; valid",
      "Harbor City Library: 7 VLANs, 2 switches, 3 VMs, 0 desktops, 1 group; valid",
      "Riverbend Valley Library Consortium: 3 sites; valid",
    ]);
  });

  it("reports a subnet that overlaps another site's at its line in its own file", async () => {
    // given the ISC site's phones VLAN moved into the example's public VLAN
    const file = join("sites", "hcl", "site.yaml");
    const good = readFileSync(file, "utf8");
    writeFileSync(file, good.replace("subnet: 172.16.30.0/24", "subnet: 10.20.30.0/24"));
    try {
      const at = positionIn(dir, "hcl", "10.20.30.0/24");
      const theirs = positionIn(dir, "rbpl", "10.20.30.0/24");
      // when the consortium is validated
      const run = await carrel("validate");
      // then the overlap is an error at the hcl file's line, naming the example's
      expect(run.code).toBe(1);
      expect(run.out).toContain(
        `sites/hcl/site.yaml:${at}  network.vlans[2].subnet  10.20.30.0/24 (VLAN 'phones') overlaps 10.20.30.0/24, VLAN 'public' of site 'rbpl' (sites/rbpl/site.yaml:${theirs}); the sites of a consortium share one WAN, so each needs its own addresses\n`,
      );
      expect(run.out).toContain(
        `sites/hcl/site.yaml:${at}  network.vlans[2].subnet  10.20.30.0/24 (VLAN 'phones') is outside this site's WAN allocation 172.16.0.0/16 (consortium.yaml:29:10); it lies in the allocation of site 'rbpl'`,
      );
      expect(run.out.trimEnd().split("\n").at(-1)).toBe(
        "Riverbend Valley Library Consortium: 3 sites; 2 valid, not hcl; 2 consortium-wide errors",
      );
      // and a site command on the file alone reports it too
      const alone = await carrel("validate", file);
      expect(alone.code).toBe(1);
      expect(alone.out).toContain(
        `sites/hcl/site.yaml:${at}  network.vlans[2].subnet  10.20.30.0/24 (VLAN 'phones') overlaps`,
      );
    } finally {
      writeFileSync(file, good);
    }
  });

  it("acts on the sites --site names, and refuses one the consortium does not have", async () => {
    const one = await carrel("validate", "--site", "mbl");
    expect(one.out.trimEnd().split("\n")).toEqual([
      "Millbrook Branch Library: 4 VLANs, 1 switch, 0 VMs, 0 desktops, 1 group; valid",
      "Riverbend Valley Library Consortium: 1 site; valid",
    ]);
    const wrong = await carrel("validate", "--site", "mbk");
    expect(wrong.code).toBe(2);
    expect(wrong.err.split("\n")[0]).toBe(
      "carrel validate: --site 'mbk' is not a site of consortium.yaml; did you mean 'mbl'?",
    );
  });
});

describe("carrel render at a consortium's root", () => {
  it("writes out/<code>/ per site, with the time zone a site inherits", async () => {
    const run = await carrel("render");
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain("Rendered 27 files to out/rbpl/ (27 changed)\n");
    expect(run.out).toContain("Rendered 13 files to out/mbl/ (13 changed)\n");
    expect(existsSync("out/hcl/dhcp/hcl-dhcp02/dhcpd.conf")).toBe(true);
    // the branch's switch keeps New York time, the consortium's, not its old Chicago
    expect(readFileSync("out/mbl/switches/branch-sw1.cfg", "utf8")).toContain(
      "time timezone -300\n",
    );
  });

  it("renders again only the site that changed", async () => {
    // given a render with nothing changed: every site is skipped
    const again = await carrel("render");
    expect(again.out).toContain(
      "out/rbpl/ is up to date: nothing it is rendered from changed since the last render\n",
    );
    const before = statSync("out/rbpl/switches/core-sw1.cfg").mtimeMs;
    // when one site changes
    const file = join("sites", "mbl", "site.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(
        "name: Millbrook Branch Library",
        "name: Millbrook Library",
      ),
    );
    const run = await carrel("render");
    // then only it is rendered
    expect(run.out).toMatch(/Rendered 13 files to out\/mbl\/ \(\d+ changed\)\n/);
    expect(run.out).toContain("out/rbpl/ is up to date");
    expect(run.out).toContain("out/hcl/ is up to date");
    expect(statSync("out/rbpl/switches/core-sw1.cfg").mtimeMs).toBe(before);
  });
});

describe("carrel docs at a consortium's root", () => {
  it("refuses --serve, which previews one library's site", async () => {
    const run = await carrel("docs", "--serve");
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      "carrel docs: --serve previews one library's site, not a consortium's; write the consortium's docs with carrel docs and open docs/index.html\n",
    );
  });

  it("writes the hub and each library's pages under it, and --check finds them current", async () => {
    const run = await carrel("docs", "--date", "2026-11-23");
    expect(run.code, run.err).toBe(0);
    for (const page of ["index.html", "rbpl/index.html", "mbl/network.html", "hcl/dhcp.html"])
      expect(existsSync(join("docs", page)), page).toBe(true);
    const hub = readFileSync("docs/index.html", "utf8");
    for (const text of [
      '<a href="rbpl/index.html">Riverbend Public Library</a>',
      "The WAN",
      "10.0.0.0/22",
      "Polaris ILS",
      "WAN circuits",
      "replacement-plan.csv",
    ])
      expect(hub, text).toContain(text);
    expect(readFileSync("docs/mbl/index.html", "utf8")).toContain(
      '<p class="site-hub">Part of <a href="../index.html">Riverbend Valley Library Consortium</a></p>',
    );
    // the budget: a row per library, a column per fiscal year, totals last
    expect(readFileSync("docs/replacement-plan.csv", "utf8").split("\r\n")).toEqual([
      '"Library","Code","FY2027","FY2028","FY2030","Total (USD)"',
      '"Riverbend Public Library","rbpl",27000,12600,6800,46400',
      '"Millbrook Library","mbl",0,0,0,0',
      '"Harbor City Library","hcl",0,0,0,0',
      '"Total","",27000,12600,6800,46400',
      "",
    ]);
    const check = await carrel("docs", "--check", "--date", "2026-11-23");
    expect(check.code, check.err).toBe(0);
    expect(check.out).toContain("docs is up to date");
  });

  it("reuses each library's topology layout from its own folder", async () => {
    // given the docs written, and one library's kept layout edited (still valid)
    expect((await carrel("docs", "--date", "2026-11-23")).code).toBe(0);
    const kept = "docs/mbl/assets/topology-layout.json";
    const data = JSON.parse(readFileSync(kept, "utf8")) as { nodes: number[][] };
    data.nodes[0] = [1234.5, 678.25];
    writeFileSync(kept, JSON.stringify(data));
    // when written again
    const run = await carrel("docs", "--date", "2026-11-23");
    expect(run.code, run.err).toBe(0);
    // then that library's drawing is made from it, the others' are not
    expect(readFileSync("docs/mbl/network.html", "utf8")).toContain("translate(1234.5 678.3)");
    expect(readFileSync("docs/hcl/network.html", "utf8")).not.toContain("translate(1234.5 678.3)");
    // and without the file it is laid out afresh
    rmSync(kept);
    expect((await carrel("docs", "--date", "2026-11-23")).code).toBe(0);
    expect(readFileSync("docs/mbl/network.html", "utf8")).not.toContain("translate(1234.5 678.3)");
  });
});

describe("carrel stacks", () => {
  it("lists a stack per site, and only the sites a change concerns", async () => {
    // given the consortium in git, with a stack file per site
    for (const code of ["rbpl", "mbl", "hcl"])
      writeFileSync(
        join("stacks", `Pulumi.${code}.yaml`),
        `config:\n  carrel:site: sites/${code}/site.yaml\n`,
      );
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=T", "-c", "user.email=t@example.org", ...args], {
        encoding: "utf8",
      });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "sites");
    const stacks = async (...args: string[]) =>
      JSON.parse((await carrel("stacks", "--json", ...args)).out) as string[];
    expect(await stacks()).toEqual(["rbpl", "mbl", "hcl"]);
    // when one site's file changes: only its stack
    writeFileSync(
      "sites/hcl/site.yaml",
      `${readFileSync("sites/hcl/site.yaml", "utf8")}# a note\n`,
    );
    git("commit", "-qam", "hcl");
    expect(await stacks("--changed-since", "HEAD~1")).toEqual(["hcl"]);
    // when only another site's entry in consortium.yaml changes: that site
    const consortium = readFileSync("consortium.yaml", "utf8");
    writeFileSync(
      "consortium.yaml",
      consortium.replace("link: VPN over the town's cable service", "link: 1 Gb/s fibre"),
    );
    git("commit", "-qam", "mbl link");
    expect(await stacks("--changed-since", "HEAD~1")).toEqual(["mbl"]);
    // when the shared defaults change: every site
    writeFileSync(
      "consortium.yaml",
      readFileSync("consortium.yaml", "utf8").replace(
        'phone: "+1 203-555-0190"',
        'phone: "+1 203-555-0191"',
      ),
    );
    git("commit", "-qam", "defaults");
    expect(await stacks("--changed-since", "HEAD~1")).toEqual(["rbpl", "mbl", "hcl"]);
  });
});
