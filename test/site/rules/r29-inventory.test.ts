import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

/** `line:col` of the text `of` in the example. */
const at = (of: string) => edit(EXAMPLE, of, of).at;

const ESXI_LIFESPAN = at("6\n    - id: thin-clients");
const VSPHERE_RENEWS = at("2027-03-01");
const DEEP_FREEZE_RENEWS = at("2027-01-15");
const ESXI_WARNING = `${ESXI_LIFESPAN} inventory.assets[2].lifespanYears warning: 'esxi-hosts' reached the end of its 6-year lifespan on 2026-09-01; plan its replacement, or raise lifespanYears if it is staying`;

describe("R29 inventory dates, costs and lifespans", () => {
  it("raises no errors on the example, only the warnings that are due", () => {
    // given the tests' today, 2026-11-23: the ESXi hosts turned six on 2026-09-01 and the
    // Deep Freeze licence renews in 53 days
    expect(found(check(EXAMPLE), "R29")).toEqual([
      ESXI_WARNING,
      `${DEEP_FREEZE_RENEWS} inventory.licenses[1].renews warning: licence 'Deep Freeze Enterprise' renews on 2027-01-15, in 53 days; plan the renewal`,
    ]);
  });

  it("warns about contracts ending soon and renewals that have passed", () => {
    // when validated as of 2027-04-15
    const issues = found(check(EXAMPLE, { today: "2027-04-15" }), "R29");
    // then the contract ending in 76 days and both lapsed licences are warned about
    expect(issues).toEqual([
      `${at("2027-06-30")} site.vendors[0].contractEnds warning: the contract with 'Northeast Network Services' ends on 2027-06-30, in 76 days; plan to renew or replace it`,
      ESXI_WARNING,
      `${VSPHERE_RENEWS} inventory.licenses[0].renews warning: licence 'VMware vSphere Standard' was due for renewal on 2027-03-01, 45 days ago; renew it and update the renews date`,
      `${DEEP_FREEZE_RENEWS} inventory.licenses[1].renews warning: licence 'Deep Freeze Enterprise' was due for renewal on 2027-01-15, 90 days ago; renew it and update the renews date`,
    ]);
  });

  it("does not warn about a renewal 91 days away", () => {
    const issues = found(check(EXAMPLE, { today: "2026-10-16" }), "R29");
    expect(issues.filter((i) => i.includes("Deep Freeze"))).toEqual([]);
  });

  it("rejects a date that is not on the calendar", () => {
    const e = edit(EXAMPLE, "2027-03-01", "2027-02-30");
    expect(found(check(e.text), "R29")).toContain(
      `${e.at} inventory.licenses[0].renews 2027-02-30 is not a real date; February 2027 has 28 days`,
    );
  });

  it("rejects a month that does not exist", () => {
    const e = edit(EXAMPLE, "2027-06-30", "2027-13-01");
    expect(found(check(e.text), "R29")).toContain(
      `${e.at} site.vendors[0].contractEnds 2027-13-01 is not a real date; months run from 01 to 12`,
    );
  });

  it("rejects a purchase date in the future", () => {
    const e = edit(EXAMPLE, "2022-01-10", "2027-01-10");
    expect(found(check(e.text), "R29")).toContain(
      `${e.at} inventory.assets[3].purchased purchase date 2027-01-10 is in the future (today is 2026-11-23); write the date it was bought`,
    );
  });

  it("rejects negative costs", () => {
    let text = edit(EXAMPLE, "cost: 12600", "cost: -5").text;
    const e = edit(text, "annualCost: 600", "annualCost: -600");
    text = e.text;
    const cost = edit(text, "-5\n", "-5\n");
    expect(found(check(text), "R29")).toEqual([
      ESXI_WARNING,
      `${cost.at} inventory.assets[3].cost a cost cannot be negative (-5); write 0 or more`,
      `${DEEP_FREEZE_RENEWS} inventory.licenses[1].renews warning: licence 'Deep Freeze Enterprise' renews on 2027-01-15, in 53 days; plan the renewal`,
      `${e.line}:${e.col + 12} inventory.licenses[1].annualCost an annual cost cannot be negative (-600); write 0 or more`,
    ]);
  });

  it("rejects lifespans outside 1-30 years", () => {
    const zero = edit(EXAMPLE, "6\n    - id: thin-clients", "0\n    - id: thin-clients");
    expect(found(check(zero.text), "R29")).toContain(
      `${zero.at} inventory.assets[2].lifespanYears a lifespan must be 1 to 30 years, not 0`,
    );
    const long = edit(
      EXAMPLE,
      "lifespanYears: 8\n      vendor: Northeast Network Services\n    - id: access-sw1",
      "lifespanYears: 31\n      vendor: Northeast Network Services\n    - id: access-sw1",
    );
    expect(found(check(long.text), "R29")).toContain(
      `${long.line}:${long.col + 15} inventory.assets[0].lifespanYears a lifespan must be 1 to 30 years, not 31`,
    );
  });
});
