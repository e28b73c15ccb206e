import { execFileSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { previousLayout } from "../../src/cli/commands/docs.ts";
import { main } from "../../src/cli/main.ts";
import { MAX_TOPOLOGY_LAYOUT_BYTES } from "../../src/docs/index.ts";
import { edit, EXAMPLE } from "../helpers/site.ts";

const ROOT = new URL("../..", import.meta.url).pathname;

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

let dir: string;
let site: string;
let docs: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "carrel-docs-"));
  site = join(dir, "site.yaml");
  docs = join(dir, "docs");
  writeFileSync(site, EXAMPLE);
  cpSync(join(ROOT, "runbooks"), join(dir, "runbooks"), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("carrel docs", () => {
  it("writes the site, then --check finds it up to date", async () => {
    const written = await run(["docs", site, "--out", docs]);
    expect(written.code).toBe(0);
    expect(written.out).toMatch(/Wrote the documentation site to .*docs\/: \d+ files/);
    expect(readFileSync(join(docs, "index.html"), "utf8")).toContain("Riverbend Public Library");
    const checked = await run(["docs", site, "--out", docs, "--check"]);
    expect(checked.code).toBe(0);
    expect(checked.out).toMatch(/is up to date \(\d+ files\)/);
  });

  it("--check lists stale, missing and extra files, exits 1 and writes nothing", async () => {
    await run(["docs", site, "--out", docs]);
    // given a hand-edited page, a deleted page and a stray file
    writeFileSync(join(docs, "network.html"), "edited by hand");
    unlinkSync(join(docs, "dns.html"));
    writeFileSync(join(docs, "notes.txt"), "stray");
    // when checked
    const checked = await run(["docs", site, "--out", docs, "--check"]);
    // then each is named and nothing was repaired
    expect(checked.code).toBe(1);
    expect(checked.err).toContain("is out of date with the site file");
    expect(checked.err).toMatch(/differ from what would be generated \(1\):\n {4}network\.html/);
    expect(checked.err).toMatch(/missing \(1\):\n {4}dns\.html/);
    expect(checked.err).toMatch(/should not be there \(1\):\n {4}notes\.txt/);
    expect(checked.err).toContain("Regenerate it with: carrel docs");
    expect(readFileSync(join(docs, "network.html"), "utf8")).toBe("edited by hand");
  });

  it("--check fails when site.yaml changed after the docs were written", async () => {
    await run(["docs", site, "--out", docs]);
    writeFileSync(site, edit(EXAMPLE, "leaseTime: 24h", "leaseTime: 12h").text);
    const checked = await run(["docs", site, "--out", docs, "--check"]);
    writeFileSync(site, EXAMPLE);
    expect(checked.code).toBe(1);
    expect(checked.err).toContain("dhcp.html");
  });

  it("refuses an invalid site with the validator's errors", async () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, edit(EXAMPLE, "code: rbpl ", "code: RBPL ").text);
    const result = await run(["docs", bad, "--out", join(dir, "bad-docs")]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("site.code");
  });

  it("--since GIT_REF adds a change summary in plain words", async () => {
    // given the example committed, then the media-lab range widened and a VM grown
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], {
        cwd: dir,
        stdio: "pipe",
      });
    git("init", "-q");
    git("add", "site.yaml");
    git("commit", "-q", "-m", "example");
    let text = edit(
      EXAMPLE,
      "range: 10.20.60.100-10.20.60.200",
      "range: 10.20.60.100-10.20.60.220",
    ).text;
    text = edit(
      text,
      "cpus: 2\n      memoryGb: 4\n      disks: [80]\n      network: { vlan: servers, ip: 10.20.10.14 }",
      "cpus: 4\n      memoryGb: 4\n      disks: [80]\n      network: { vlan: servers, ip: 10.20.10.14 }",
    ).text;
    writeFileSync(site, text);
    // when the docs are built since HEAD
    const result = await run(["docs", site, "--out", join(dir, "since"), "--since", "HEAD"]);
    writeFileSync(site, EXAMPLE);
    // then the change page says what changed
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/2 changes since HEAD: see .*changes\.html/);
    const changes = readFileSync(join(dir, "since", "changes.html"), "utf8");
    expect(changes).toContain(
      "VLAN 60 media-lab: dynamic range widened from 10.20.60.100-10.20.60.200 (101 addresses) to 10.20.60.100-10.20.60.220 (121 addresses)",
    );
    expect(changes).toContain("VM rbpl-print01: CPUs changed from 2 to 4");
    expect(readFileSync(join(dir, "since", "index.html"), "utf8")).toContain('href="changes.html"');
  });

  it("--since with an unknown ref says so and exits 2, as diff --base does", async () => {
    // (the repository was made by the test before)
    const result = await run(["docs", site, "--out", join(dir, "x"), "--since", "no-such-ref"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      `carrel docs: --since 'no-such-ref' is not a commit, branch or tag of the git repository holding ${site}`,
    );
  });
});

describe("carrel docs: the topology layout kept in the docs folder", () => {
  const layoutFile = () => join(docs, "assets", "topology-layout.json");
  const network = () => readFileSync(join(docs, "network.html"), "utf8");
  /** Writes the docs, moves the first switch in the kept layout, and writes them again. */
  const docsWithFirstSwitchMoved = async () => {
    await run(["docs", site, "--out", docs]);
    const data = JSON.parse(readFileSync(layoutFile(), "utf8")) as { nodes: number[][] };
    data.nodes[0] = [1234.5, 678.25];
    writeFileSync(layoutFile(), JSON.stringify(data));
    await run(["docs", site, "--out", docs]);
    expect(network()).toContain("translate(1234.5 678.3)");
  };

  it("is written, and the next run gives the same files", async () => {
    await run(["docs", site, "--out", docs]);
    const kept = readFileSync(layoutFile(), "utf8");
    const page = network();
    const again = await run(["docs", site, "--out", docs]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/\(0 changed\)/);
    expect(readFileSync(layoutFile(), "utf8")).toBe(kept);
    expect(network()).toBe(page);
  });

  it("is what the next run draws from (an edited coordinate shows on the network page)", async () => {
    await docsWithFirstSwitchMoved();
    // Laid out afresh once the file is gone.
    unlinkSync(layoutFile());
    await run(["docs", site, "--out", docs]);
    expect(network()).not.toContain("translate(1234.5 678.3)");
  });

  it("is not trusted by --check: moved boxes fail it even with the page drawn from them", async () => {
    // given a layout with a switch moved, and the network page written from it
    await docsWithFirstSwitchMoved();
    // when the docs are checked
    const checked = await run(["docs", site, "--out", docs, "--check"]);
    // then the check lays out afresh and names both files
    expect(checked.code).toBe(1);
    expect(checked.err).toContain("assets/topology-layout.json");
    expect(checked.err).toContain("network.html");
    unlinkSync(layoutFile());
  });

  it("is laid out afresh when tampered with, no text of it taken; --check names it", async () => {
    await run(["docs", site, "--out", docs]);
    const kept = readFileSync(layoutFile(), "utf8");
    const page = network();
    const data = JSON.parse(kept) as { edges: { labels: unknown[][] }[] };
    data.edges[0]!.labels[0]!.push("<script>injected</script>");
    writeFileSync(layoutFile(), JSON.stringify(data));
    // --check sees the file is not what would be written
    const checked = await run(["docs", site, "--out", docs, "--check"]);
    expect(checked.code).toBe(1);
    expect(checked.err).toContain("assets/topology-layout.json");
    expect(checked.err).not.toContain("network.html");
    // and writing puts the fresh layout back, the page as before
    const written = await run(["docs", site, "--out", docs]);
    expect(written.code).toBe(0);
    expect(written.err).not.toContain("layout");
    expect(readFileSync(layoutFile(), "utf8")).toBe(kept);
    expect(network()).toBe(page);
    expect(network()).not.toContain("injected");
  });
});

describe("previousLayout: the kept layout file, read only when it is a regular file", () => {
  it("is undefined for a folder, a missing file and a file over the limit", () => {
    const here = mkdtempSync(join(tmpdir(), "carrel-layout-"));
    try {
      expect(previousLayout(here)).toBeUndefined();
      mkdirSync(join(here, "assets", "topology-layout.json"), { recursive: true });
      expect(previousLayout(here)).toBeUndefined();
      const big = mkdtempSync(join(tmpdir(), "carrel-layout-"));
      mkdirSync(join(big, "assets"));
      writeFileSync(join(big, "assets", "topology-layout.json"), "");
      truncateSync(join(big, "assets", "topology-layout.json"), MAX_TOPOLOGY_LAYOUT_BYTES + 1);
      expect(previousLayout(big)).toBeUndefined();
      truncateSync(join(big, "assets", "topology-layout.json"), 10);
      expect(previousLayout(big)).toBe("\0".repeat(10));
      rmSync(big, { recursive: true, force: true });
    } finally {
      rmSync(here, { recursive: true, force: true });
    }
  });
});

describe("the repository's docs/", () => {
  it("is the up-to-date docs site of the example (carrel docs --check)", async () => {
    const result = await run([
      "docs",
      join(ROOT, "site.yaml"),
      "--out",
      join(ROOT, "docs"),
      "--check",
    ]);
    expect(result.err).not.toContain("out of date");
    expect(result.code).toBe(0);
  });
});

describe("carrel docs: the date the pages are as of", () => {
  let here: string;
  beforeAll(() => {
    here = mkdtempSync(join(tmpdir(), "carrel-docs-date-"));
    writeFileSync(join(here, "site.yaml"), EXAMPLE);
    cpSync(join(ROOT, "runbooks"), join(here, "runbooks"), { recursive: true });
  });
  afterAll(() => rmSync(here, { recursive: true, force: true }));
  const footer = (out: string) => readFileSync(join(out, "index.html"), "utf8");

  it("has no date outside git: nothing is marked overdue, and the binder says why", async () => {
    const out = join(here, "undated");
    expect((await run(["docs", join(here, "site.yaml"), "--out", out])).code).toBe(0);
    expect(footer(out)).not.toContain("as of");
    expect(footer(out)).not.toContain("overdue by");
    expect(readFileSync(join(out, "print.html"), "utf8")).toContain(
      "Its date is not known: build it from a site.yaml committed to git, or give carrel docs --date.",
    );
  });

  it("takes the day of the site file's last commit, whatever the clock says", async () => {
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], {
        cwd: here,
        stdio: "pipe",
        env: {
          ...process.env,
          GIT_COMMITTER_DATE: "2026-10-05T09:30:00+01:00",
          GIT_AUTHOR_DATE: "2026-10-05T09:30:00+01:00",
        },
      });
    git("init", "-q");
    git("add", "site.yaml");
    git("commit", "-q", "-m", "example");
    const out = join(here, "dated");
    expect((await run(["docs", join(here, "site.yaml"), "--out", out])).code).toBe(0);
    expect(footer(out)).toContain("as of 5 October 2026 (the last commit of site.yaml)");
    // esxi-hosts were due on 1 September 2026
    expect(footer(out)).toContain("overdue by 4 weeks");
    expect((await run(["docs", join(here, "site.yaml"), "--out", out, "--check"])).code).toBe(0);
  });

  it("takes --date over git", async () => {
    const out = join(here, "given");
    expect(
      (await run(["docs", join(here, "site.yaml"), "--out", out, "--date", "2027-07-01"])).code,
    ).toBe(0);
    expect(footer(out)).toContain("as of 1 July 2027 (given with --date)");
    expect(footer(out)).toContain("overdue by 10 months");
  });

  it("refuses a --date that is no calendar date, with exit code 2", async () => {
    const result = await run([
      "docs",
      join(here, "site.yaml"),
      "--out",
      join(here, "x"),
      "--date",
      "2026-02-30",
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      "carrel docs: --date '2026-02-30' is not a real date written YYYY-MM-DD (like 2026-11-23)",
    );
  });
});
