import { describe, expect, it } from "vitest";
import { bigSiteText } from "../../bench/big-site.ts";
import { buildDocs } from "../../src/docs/index.ts";
import { GROUP_THRESHOLD } from "../../src/docs/pages/grouping.ts";
import { siteStamp } from "../../src/output/index.ts";
import { buildModel, validateText } from "../../src/site/index.ts";
import { page } from "./example-docs.ts";

describe("docs of the site 50 times the example (the benchmark's site)", () => {
  it("build, and no table is longer than the grouping threshold", async () => {
    // given the benchmark's valid 50-times site: 350 VLANs, 100 switches, 300 VMs
    const text = bigSiteText(50);
    const validation = validateText("big-site.yaml", text);
    expect(validation.valid).toBe(true);
    const model = buildModel(validation.site!);
    // when its docs are built
    const files = await buildDocs(model, {
      configs: [],
      runbooks: [],
      stamp: siteStamp("big-site.yaml", text),
    });
    // then every VLAN and switch has its page, and long lists are grouped
    expect(files.filter((f) => /^vlan-\d+\.html$/.test(f.path))).toHaveLength(model.vlans.length);
    expect(files.filter((f) => /^switch-.*\.html$/.test(f.path))).toHaveLength(
      model.switches.length,
    );
    for (const f of files.filter((x) => x.path.endsWith(".html") && x.path !== "print.html"))
      for (const body of f.content.match(/<tbody>[\s\S]*?<\/tbody>/g) ?? []) {
        const rows = body.match(/<tr/g)?.length ?? 0;
        expect(rows, `a table on ${f.path}`).toBeLessThanOrEqual(GROUP_THRESHOLD + 1);
      }
    expect(page(files, "network.html")).toMatch(/id="vlans-by-purpose-[a-z-]+"/);
    expect(page(files, "servers.html")).toMatch(/href="#vms-by-folder-[a-z0-9-]+"/);
  });
});
