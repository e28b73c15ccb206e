import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ExportFile } from "../../../src/import/adopt/export-file.ts";
import { isGraphGroupsExport, readGraphGroups } from "../../../src/import/entra/graph.ts";

const fixture = (name: string): ExportFile => ({
  source: name,
  text: readFileSync(new URL(`../../fixtures/import/graph/${name}`, import.meta.url), "utf8"),
});
const PAGES = [fixture("groups-page1.json"), fixture("groups-page2.json")];

describe("a Microsoft Graph groups export", () => {
  it("is recognised by its content", () => {
    expect(PAGES.every((p) => isGraphGroupsExport(p.text))).toBe(true);
    expect(isGraphGroupsExport("[]")).toBe(false);
    expect(isGraphGroupsExport('[{"Name": "vm", "NumCpu": 1}]')).toBe(false);
  });

  it("turns security groups into directory groups with nesting and members", () => {
    const fragment = readGraphGroups(PAGES);
    expect(fragment.items.map((i) => i.value)).toEqual([
      {
        name: "HCL-Circulation",
        description: "Circulation desk",
        members: ["dprice@harborcitylib.org", "msantos@harborcitylib.org"],
      },
      { name: "HCL-IT", members: ["akim@harborcitylib.org"] },
      {
        name: "HCL-Staff",
        description: "All Harbor City Library staff",
        memberGroups: ["HCL-Circulation", "HCL-IT"],
      },
      { name: "HCL-VDI-Public", description: "Accounts entitled to public desktops" },
    ]);
    expect(fragment.items[0]!.origin).toEqual({ source: "groups-page1.json", line: 28 });
  });

  it("gives Pulumi the object IDs of groups and memberships", () => {
    const ids = readGraphGroups(PAGES).adopt.map((a) => `${a.type} ${a.name} ${a.id}`);
    expect(ids).toContain(
      "azuread:index/group:Group HCL-IT /groups/c2e4f6a8-1b3d-4f5e-8a7c-9e0d1c2b3a45",
    );
    expect(ids).toContain(
      "azuread:index/groupMember:GroupMember HCL-Staff-group-HCL-IT 6f1c3a52-9e1b-4d47-8f0e-3b2a1c0d9e11/member/c2e4f6a8-1b3d-4f5e-8a7c-9e0d1c2b3a45",
    );
    expect(ids).toContain(
      "azuread:index/groupMember:GroupMember HCL-IT-user-akim@harborcitylib.org c2e4f6a8-1b3d-4f5e-8a7c-9e0d1c2b3a45/member/5e7a9c1b-3d5f-4b7d-9f1a-3c5e7a9c1b73",
    );
  });

  it("reports what it leaves out", () => {
    const notes = readGraphGroups(PAGES).notes.map((n) => n.message);
    expect(notes).toEqual([
      "group 'Friends of the Library' is not a security group (Microsoft 365 or distribution list); Carrel manages security groups only",
      "group 'HCL-IT' contains servicePrincipal 'Backup Agent'; Carrel lists groups and users only",
      "group 'HCL-VDI-Public' contains group 'HCL-Kiosk-Accounts', which is not in the export as a security group; not imported",
    ]);
  });

  it("warns when a page is missing", () => {
    const notes = readGraphGroups([PAGES[0]!]).notes.map((n) => n.message);
    expect(notes[0]).toBe(
      "the last page given still has an @odata.nextLink: more groups exist; export every page",
    );
  });
});

describe("two groups with one display name", () => {
  it("imports the first and says to rename the other", () => {
    const twin = {
      source: "twins.json",
      text: JSON.stringify({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#groups",
        value: [
          { id: "a1", displayName: "HCL-IT", securityEnabled: true, groupTypes: [], members: [] },
          { id: "b2", displayName: "hcl-it", securityEnabled: true, groupTypes: [], members: [] },
        ],
      }),
    };
    const fragment = readGraphGroups([twin]);
    expect(fragment.items.map((i) => i.value)).toEqual([{ name: "HCL-IT" }]);
    expect(fragment.notes.map((n) => n.message)).toEqual([
      "two groups are named 'hcl-it' (a1 and b2); only the first is imported: rename one in Entra ID",
    ]);
  });
});
