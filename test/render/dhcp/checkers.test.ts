import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDhcpConfig } from "../checkers.ts";
import { filesUnder, renderTestSite, SITE_NAMES } from "../sites.ts";

describe("rendered DHCP configurations pass their server's own check", () => {
  const cases = SITE_NAMES.flatMap((site) =>
    filesUnder(renderTestSite(site), "dhcp/")
      .filter((f) => !f.path.endsWith(".ps1"))
      .map((file) => ({ site, file })),
  );

  it("covers Kea, ISC dhcpd and dnsmasq across the test sites", () => {
    const kinds = new Set(cases.map((c) => basename(c.file.path)));
    expect([...kinds].sort()).toEqual(["dhcpd.conf", "dnsmasq.conf", "kea-dhcp4.conf"]);
  });

  it.each(cases.map((c) => [`${c.site}: ${c.file.path}`, c.file] as const))("%s", (_name, file) => {
    // given a rendered configuration, when its server checks it
    const result = checkDhcpConfig(basename(file.path), file.content);
    // then the server accepts it without warnings
    expect(result.output).not.toMatch(/WARN|error/i);
    expect(result.status, result.output).toBe(0);
  });
});
