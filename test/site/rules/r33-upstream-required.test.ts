import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

/** The example's network section without `upstream` (whether or not site.yaml has it yet). */
function withoutUpstream(text: string): string {
  return text.replace(/^ {2}upstream:.*\n(?: {4}.*\n)+/m, "");
}

describe("R33 the internet router is required for isolated VLANs", () => {
  it("accepts the example once it names the internet router", () => {
    expect(found(check(EXAMPLE), "R33")).toEqual([]);
  });

  it("asks for network.upstream.gateway at the first isolated VLAN, naming every isolated VLAN", () => {
    // given the example without an internet router, with public and guest-wifi isolated
    const text = withoutUpstream(EXAMPLE);
    const at = text.split("\n").findIndex((l) => l === "      isolated: true") + 1;
    // when validated
    const issues = found(check(text), "R33");
    // then one error, at public's `isolated`, names the key and both VLANs
    expect(issues).toEqual([
      `${at}:17 network.vlans[2].isolated network.upstream.gateway is required: VLANs 'public' and 'guest-wifi' are isolated and may reach only the internet, which the core switches send to the internet router; add network.upstream with gateway: the router's (firewall's) inside address, declared as a host`,
    ]);
  });

  it("only warns when nothing is isolated, since the core then has no default route", () => {
    // given no isolated VLAN and no internet router
    const text = withoutUpstream(EXAMPLE).replaceAll("      isolated: true\n", "");
    const line = text.split("\n").findIndex((l) => l === "network:") + 1;
    // then a warning at the network section says what is missing
    expect(found(check(text), "R33")).toEqual([
      `${line}:1 network warning: no internet router is named, so the core switch has no default route and no VLAN reaches the internet through it; add network.upstream with gateway: the router's (firewall's) inside address, declared as a host`,
    ]);
  });

  it("says nothing for a site without switches or isolation", () => {
    const text = withoutUpstream(EXAMPLE).replaceAll("      isolated: true\n", "");
    const noSwitches = edit(text, "      role: core", "      role: access").text;
    expect(found(check(noSwitches), "R33")).toEqual([]);
  });
});
