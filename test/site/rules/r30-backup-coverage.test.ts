import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R30 backups cover the VMs marked for them", () => {
  it("accepts the example: daily and weekly jobs cover every class in use", () => {
    expect(found(check(EXAMPLE), "R30")).toEqual([]);
  });

  it("rejects a VM whose backup class no job covers", () => {
    // given the provisioning VM marked monthly, with no monthly job
    const e = edit(EXAMPLE, "backup: none", "backup: monthly");
    // when validated
    const issues = found(check(e.text), "R30");
    // then its backup value is blamed
    expect(issues).toEqual([
      `${e.line}:${e.col + 8} vsphere.vms[5].backup VM 'rbpl-prov01' is marked for monthly backup but no backup job covers it; add a job under operations.backups with covers: monthly, or list the VM in a job's covers`,
    ]);
  });

  it("accepts VMs covered by name and rejects the daily VM left out", () => {
    // given the nightly job listing the domain controllers by name instead of covering daily
    const text = edit(EXAMPLE, "covers: daily ", "covers: [rbpl-dc01, RBPL-DC02] ").text;
    const file01 = edit(text, "backup: daily\n    - name: rbpl-print01", "");
    expect(found(check(text), "R30")).toEqual([
      `${file01.line}:${file01.col + 8} vsphere.vms[3].backup VM 'rbpl-file01' is marked for daily backup but no backup job covers it; add a job under operations.backups with covers: daily, or list the VM in a job's covers`,
    ]);
  });
});
