import { describe, expect, it } from "vitest";
import {
  addYears,
  backupCoverage,
  contactsFor,
  daysBetween,
  dueDates,
  dueStanding,
  fiscalYearBudget,
  markdownPaths,
  recurringCosts,
  runbookPaths,
  jobsCovering,
  monthsBetween,
  replacementDate,
  type Site,
} from "../../../src/site/index.ts";
import { check, edit, EXAMPLE } from "../../helpers/site.ts";

const site = check(EXAMPLE).site as Site;

describe("due dates", () => {
  it("puts an asset's replacement at purchase plus lifespan, 29 February kept real", () => {
    expect(replacementDate({ purchased: "2020-09-01", lifespanYears: 6 })).toBe("2026-09-01");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
  });

  it("lists every replacement, renewal and contract end of the example, earliest first", () => {
    // the rooms' equipment and the services' renewals join the inventory's and licences'
    expect(dueDates(site)).toEqual([
      { kind: "asset", name: "esxi-hosts", date: "2026-09-01" },
      { kind: "licence", name: "Deep Freeze Enterprise", date: "2027-01-15" },
      { kind: "licence", name: "VMware vSphere Standard", date: "2027-03-01" },
      { kind: "service", name: "Room booking", date: "2027-04-01" },
      { kind: "contract", name: "Northeast Network Services", date: "2027-06-30" },
      { kind: "service", name: "Catalogue", date: "2027-07-01" },
      { kind: "service", name: "Library website", date: "2027-07-01" },
      { kind: "service", name: "Microsoft 365 email", date: "2027-07-01" },
      { kind: "service", name: "Public printing", date: "2027-09-30" },
      { kind: "asset", name: "thin-clients", date: "2028-01-10" },
      { kind: "asset", name: "board-video-bar", date: "2029-03-20" },
      { kind: "asset", name: "access-sw1", date: "2029-07-15" },
      { kind: "asset", name: "core-sw1", date: "2029-07-15" },
      { kind: "asset", name: "community-rally-bar", date: "2030-08-12" },
      { kind: "asset", name: "board-display", date: "2031-03-20" },
      { kind: "asset", name: "community-display", date: "2031-08-12" },
    ]);
  });

  it("counts days and whole calendar months between dates", () => {
    expect(daysBetween("2026-09-01", "2026-11-23")).toBe(83);
    expect(daysBetween("2026-11-23", "2026-09-01")).toBe(-83);
    expect(monthsBetween("2026-09-01", "2026-11-23")).toBe(2);
    expect(monthsBetween("2026-09-30", "2026-11-29")).toBe(1);
    expect(monthsBetween("2024-02-29", "2026-02-28")).toBe(23);
  });

  it("calls a date overdue once it has passed, and soon within 90 days", () => {
    expect(dueStanding("2026-09-01", "2026-11-23")).toEqual({ state: "overdue", days: 83 });
    expect(dueStanding("2026-11-23", "2026-11-23")).toEqual({ state: "soon", days: 0 });
    expect(dueStanding("2027-02-21", "2026-11-23")).toEqual({ state: "soon", days: 90 });
    expect(dueStanding("2027-02-22", "2026-11-23")).toEqual({ state: "later", days: 91 });
  });
});

describe("backup coverage", () => {
  it("gives each job the VMs of its class, in file order, and its Azure container", () => {
    const jobs = backupCoverage(site).map((c) => ({
      job: c.job.name,
      vms: c.vms.map((v) => v.name),
      container: c.container,
    }));
    expect(jobs).toEqual([
      {
        job: "nightly-vms",
        vms: ["rbpl-dc01", "rbpl-dc02", "rbpl-file01"],
        container: "vm-backups",
      },
      { job: "weekly-vms", vms: ["rbpl-dhcp01", "rbpl-print01"], container: "vm-backups" },
    ]);
  });

  it("takes in a VM named in covers whatever its case, and a target that is not Azure", () => {
    const named = check(
      edit(EXAMPLE, "covers: weekly", "covers: [RBPL-PROV01]").text.replace(
        "target: azure:vm-backups\n  runbooks",
        "target: NAS in the server room\n  runbooks",
      ),
    ).site as Site;
    const weekly = backupCoverage(named)[1]!;
    expect(weekly.vms.map((v) => v.name)).toEqual(["rbpl-prov01"]);
    expect(weekly.container).toBeUndefined();
    expect(jobsCovering(named, { name: "rbpl-prov01", backup: "none" })).toEqual(["weekly-vms"]);
  });
});

describe("who holds an account", () => {
  it("finds contacts by role or by name, ignoring case", () => {
    expect(contactsFor(site, "systems administrator").map((c) => c.name)).toEqual(["Sam Ortiz"]);
    expect(contactsFor(site, "Jordan Lee").map((c) => c.role)).toEqual(["Head of User Experience"]);
    expect(contactsFor(site, "Librarian")).toEqual([]);
  });
});

describe("costs by fiscal year", () => {
  it("lists the licences and services paid every year, by renewal date", () => {
    expect(
      recurringCosts(site).map((r) => `${r.kind} ${r.name} ${r.annualCost} ${r.renews}`),
    ).toEqual([
      "licence Deep Freeze Enterprise 600 2027-01-15",
      "licence VMware vSphere Standard 4100 2027-03-01",
      "service Room booking 2350 2027-04-01",
      "service Catalogue 18500 2027-07-01",
      "service Library website 1200 2027-07-01",
      "service Microsoft 365 email 7200 2027-07-01",
      "service Public printing 1450 2027-09-30",
    ]);
  });

  it("gives each fiscal year its replacements, the rooms' equipment included, and every recurring cost", () => {
    const budget = fiscalYearBudget(site);
    expect(
      budget.map((b) => [
        b.fy.name,
        b.replacements.map((a) => a.id),
        b.replacementCost,
        b.recurringCost,
        b.total,
      ]),
    ).toEqual([
      ["FY2027", ["esxi-hosts"], 27000, 35400, 62400],
      ["FY2028", ["thin-clients"], 12600, 35400, 48000],
      ["FY2029", ["board-video-bar"], 950, 35400, 36350],
      ["FY2030", ["core-sw1", "access-sw1"], 6800, 35400, 42200],
      ["FY2031", ["community-rally-bar", "board-display"], 5350, 35400, 40750],
      ["FY2032", ["community-display"], 3400, 35400, 38800],
    ]);
  });
});

describe("the Markdown files the site names", () => {
  it("lists operations' runbooks, then the services', then the room cards' notes, each once", () => {
    expect(runbookPaths(site)).toEqual([
      "runbooks/restore-a-vm.md",
      "runbooks/replace-a-switch.md",
      "runbooks/mail-not-arriving.md",
    ]);
    expect(markdownPaths(site)).toEqual([
      ...runbookPaths(site),
      "runbooks/rooms/community-room.md",
    ]);
  });
});
