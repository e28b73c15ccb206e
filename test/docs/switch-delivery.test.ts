/** The docs' account of isolation, delivery and the switch clock, built from the flows fixture. */
import { describe, expect, it } from "vitest";
import { EXAMPLE } from "../helpers/site.ts";
import { FLOWS } from "../render/switch/rendered.ts";
import { docsOf, page } from "./example-docs.ts";

/** A page's visible text, tags dropped and entities of the fixture's text decoded. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

describe("the docs of a site with isolated VLANs that still need connections", async () => {
  const files = await docsOf(FLOWS);

  it("list an isolated VLAN's allowed connections on its page, with ports and reasons", () => {
    const publicPage = text(page(files, "vlan-30.html"));
    expect(publicPage).toContain("What this VLAN can reach");
    expect(publicPage).toContain(
      "devices here connect to dc01 ( 10.50.10.10 ) TCP 88, 389, 445, 636 Domain sign-in",
    );
    expect(publicPage).toContain("Never the switches' own management (SSH, Telnet, web and SNMP)");
    const cameras = text(page(files, "vlan-50.html"));
    expect(cameras).toContain(
      "nvr01 ( 10.50.10.20 ) connects to devices here TCP 80, 443, 554 The recorder pulls video",
    );
  });

  it("show on the other VLAN's page which isolated VLANs reach it", () => {
    const servers = text(page(files, "vlan-10.html"));
    expect(servers).toContain("Reached from isolated VLANs");
    expect(servers).toContain("VLAN 50 cameras nvr01");
    // and on an isolated peer, the other half of the flow
    expect(text(page(files, "vlan-40.html"))).toContain(
      "VLAN 30 public devices here connect to label-printer",
    );
  });

  it("tell how to deliver a switch's configuration, linking the runbook and the zero-touch file", () => {
    const html = page(files, "switch-lsl-core.html");
    expect(html).toContain('href="configs/switches/lsl-core.delivery.md"');
    expect(html).toContain('href="configs/switches/lsl-core.ztp.cfg"');
    const words = text(html);
    expect(words).toContain("Delivering the configuration");
    expect(words).toContain("Product number and firmware JL255A , release WC.16.11.0024");
  });

  it("explain when the switch clock is off for a European zone", () => {
    const words = text(page(files, "switch-lsl-hall.html"));
    expect(words).toContain("time daylight-time-rule user-defined begin-date 03/25 end-date 10/25");
    expect(words).toContain(
      "In 2026 the switch shows the wrong time once: 2026-10-25 02:00 for 1 hour (1 hour behind)",
    );
  });

  it("say that a North American zone is matched exactly", async () => {
    const example = await docsOf(EXAMPLE);
    expect(text(page(example, "switch-core-sw1.html"))).toContain(
      "That matches America/New_York exactly",
    );
  });
});
