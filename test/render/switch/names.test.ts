import { describe, expect, it } from "vitest";
import {
  isolationAclName,
  portName,
  trunkLabel,
  vlanName,
} from "../../../src/render/switch/index.ts";

describe("switch names", () => {
  it("replaces double quotes and control characters, which cannot sit in a quoted name", () => {
    expect(portName('Kids\' "Tech" corner\n2F')).toBe("Kids' 'Tech' corner 2F");
  });

  it("cuts VLAN names to the 32 characters the switch keeps", () => {
    expect(vlanName("basement-annex-overflow-network-12")).toBe("basement-annex-overflow-network-");
  });

  it("cuts port names to 64 characters without a trailing space", () => {
    expect(portName(`${"a".repeat(63)} b`)).toBe("a".repeat(63));
  });

  it("makes ACL names from VLAN names with safe characters only", () => {
    expect(isolationAclName("guest wifi/2")).toBe("isolate-guest-wifi-2");
  });

  it("labels trunks as the switch prints them", () => {
    expect(trunkLabel("trk12")).toBe("Trk12");
  });
});
