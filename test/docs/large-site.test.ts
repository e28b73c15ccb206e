import { describe, expect, it } from "vitest";
import { buildDocs } from "../../src/docs/index.ts";
import { GROUP_THRESHOLD } from "../../src/docs/pages/grouping.ts";
import { siteStamp } from "../../src/output/index.ts";
import { EXAMPLE } from "../helpers/site.ts";
import { exampleModel, exampleRunbooks, page } from "./example-docs.ts";
import { scaledModel } from "./scaled-site.ts";

describe("docs of a site 50 times the example", () => {
  it("build quickly, and no table is longer than the grouping threshold", async () => {
    // given the example copied 50 times: 350 VLANs, 100 switches, 300 VMs, 100 pools
    const example = exampleModel();
    const model = scaledModel(example.site, 50);
    expect(model.vlans).toHaveLength(350);
    // when the docs are built
    const started = performance.now();
    const files = await buildDocs(model, {
      configs: [],
      runbooks: exampleRunbooks(example),
      stamp: siteStamp("site.yaml", EXAMPLE),
    });
    const seconds = (performance.now() - started) / 1000;
    // then every VLAN and switch has its page, and long lists are grouped
    expect(files.filter((f) => /^vlan-\d+\.html$/.test(f.path))).toHaveLength(350);
    expect(files.filter((f) => /^switch-.*\.html$/.test(f.path))).toHaveLength(100);
    for (const f of files.filter((x) => x.path.endsWith(".html") && x.path !== "print.html")) {
      for (const body of f.content.match(/<tbody>[\s\S]*?<\/tbody>/g) ?? []) {
        const rows = body.match(/<tr/g)?.length ?? 0;
        expect(rows, `a table on ${f.path}`).toBeLessThanOrEqual(GROUP_THRESHOLD + 1);
      }
    }
    expect(page(files, "servers.html")).toContain('href="#vms-by-folder-folder-servers-1-60"');
    expect(page(files, "network.html")).toContain('id="vlans-by-purpose-servers"');
    expect(seconds).toBeLessThan(60);
  });
});
