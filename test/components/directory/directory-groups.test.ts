/** `carrel:directory:DirectoryGroups`: security groups and their memberships. */
import { describe, expect, it } from "vitest";
import * as azuread from "@pulumi/azuread/index.js";
import { DirectoryGroups } from "../../../components/directory/directory-groups.ts";
import { mockGroupId, mockUserId, runUnderMocks } from "../../pulumi/mocks.ts";
import type { GroupPlan } from "../../../src/pulumi/plan.ts";
import { ofType } from "../helpers.ts";

function build(groups: GroupPlan[]) {
  return runUnderMocks(async () => {
    const provider = new azuread.Provider("entra", { tenantId: "t" });
    const component = new DirectoryGroups("lib-directory", { groups, siteCode: "lib", provider });
    return { ids: component.groupObjectIds };
  });
}

const group = (name: string, memberGroups: string[] = [], members: string[] = []): GroupPlan => ({
  name,
  description: undefined,
  memberGroups,
  members,
});

describe("given a group with a nested group and a user", () => {
  it("when built, then both are members, by object id", async () => {
    const run = await build([group("All", ["Admins"], ["a@lib.example"]), group("Admins")]);
    expect(run.error).toBeUndefined();
    expect(
      ofType(run, "azuread:index/groupMember:GroupMember").map((r) => [r.name, r.inputs]),
    ).toEqual([
      [
        "All-group-Admins",
        { groupObjectId: mockGroupId("All"), memberObjectId: mockGroupId("Admins") },
      ],
      [
        "All-user-a@lib.example",
        { groupObjectId: mockGroupId("All"), memberObjectId: mockUserId("a@lib.example") },
      ],
    ]);
    expect(run.outputs).toEqual({
      ids: { All: mockGroupId("All"), Admins: mockGroupId("Admins") },
    });
  });

  it("then a group without a description says who manages it", async () => {
    const run = await build([group("Admins")]);
    expect(ofType(run, "azuread:index/group:Group")[0]!.inputs).toEqual({
      displayName: "Admins",
      description: "Managed by Carrel (site lib)",
      securityEnabled: true,
    });
  });

  it("when a nested group is not declared, then it refuses to build", async () => {
    const run = await build([group("All", ["Ghosts"])]);
    expect((run.error as Error).message).toBe("group 'Ghosts' (in All) is not in site.yaml");
  });
});
