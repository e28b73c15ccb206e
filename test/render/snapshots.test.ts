import { describe, expect, it } from "vitest";
import { filesUnder, renderTestSite, SITE_NAMES } from "./sites.ts";

// Whole rendered DHCP and DNS files, kept under __snapshots__/<site>/ and reviewed like code.
// (Switch configurations have their own snapshots under test/render/switch/.)
describe.each(SITE_NAMES)("rendered files of %s", (site) => {
  const files = renderTestSite(site).filter((f) => !f.path.startsWith("switches/"));

  it("renders DHCP and DNS files", () => {
    expect(filesUnder(files, "dhcp/").length).toBeGreaterThan(0);
    expect(filesUnder(files, "dns/").length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.path, f] as const))("%s", async (_path, file) => {
    await expect(file.content).toMatchFileSnapshot(`__snapshots__/${site}/${file.path}`);
  });
});
