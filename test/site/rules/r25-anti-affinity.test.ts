import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R25 anti-affinity groups", () => {
  it("accepts the example's pair of domain controllers", () => {
    expect(found(check(EXAMPLE), "R25")).toEqual([]);
  });

  it("warns about groups of one VM, such as a misspelt group name", () => {
    // given dc02's group name missing its last letter
    const e = edit(
      EXAMPLE,
      "antiAffinity: domain-controllers\n    - name: rbpl-dhcp01",
      "antiAffinity: domain-controller\n    - name: rbpl-dhcp01",
    );
    const dc01 = edit(EXAMPLE, "antiAffinity: domain-controllers\n    - name: rbpl-dc02", "");
    // when validated, then both lonely groups are warned about, not rejected
    const result = check(e.text);
    expect(found(result, "R25")).toEqual([
      `${dc01.line}:${dc01.col + 14} vsphere.vms[0].antiAffinity warning: anti-affinity group 'domain-controllers' has only one VM, 'rbpl-dc01'; it keeps VMs on different hosts, so give it at least two VMs or remove it`,
      `${e.line}:${e.col + 14} vsphere.vms[1].antiAffinity warning: anti-affinity group 'domain-controller' has only one VM, 'rbpl-dc02'; it keeps VMs on different hosts, so give it at least two VMs or remove it`,
    ]);
    expect(result.issues.filter((i) => i.rule === "R25" && i.severity === "error")).toEqual([]);
  });
});
