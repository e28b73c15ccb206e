import { describe, expect, it } from "vitest";
import { slug } from "../../src/docs/slug.ts";
import { slugOf } from "../../src/site/slug.ts";

describe("slugOf", () => {
  it("keeps letters and digits in lower case, any other run as one hyphen, none at the ends", () => {
    expect(slugOf("  Staff PCs (2F) ")).toBe("staff-pcs-2f");
    expect(slugOf("VLAN10--Servers")).toBe("vlan10-servers");
    expect(slugOf("¿?")).toBe("");
  });

  it("gives the docs a name that is never empty", () => {
    expect(slug("¿?")).toBe("x");
    expect(slug("Core SW1")).toBe("core-sw1");
  });
});
