/**
 * `carrel:directory:DirectoryGroups`: an Entra ID security group per site group, with
 * its nested groups and users as members. Users already exist and are looked up by
 * user principal name; Carrel never creates or deletes accounts.
 */
import * as azuread from "@pulumi/azuread/index.js";
import * as pulumi from "@pulumi/pulumi";
import { Adoption } from "../../src/pulumi/adoption.ts";
import {
  ADOPTABLE,
  groupMemberGroupResourceName,
  groupMemberUserResourceName,
  groupResourceName,
} from "../../src/pulumi/names.ts";
import type { GroupPlan } from "../../src/pulumi/plan.ts";

/** The directory section of the site. */
export interface DirectoryGroupsArgs {
  /** The groups, with their direct member groups and users. */
  readonly groups: readonly GroupPlan[];
  /** The site code, noted in each group's description. */
  readonly siteCode: string;
  /** The azuread provider for the library's tenant. */
  readonly provider: azuread.Provider;
  /** Groups and memberships that already exist and are adopted. @default nothing */
  readonly adoption?: Adoption;
}

/** The library's directory groups and memberships. */
export class DirectoryGroups extends pulumi.ComponentResource {
  /** Group name → object id. */
  readonly groupObjectIds: pulumi.Output<Record<string, string>>;

  constructor(name: string, args: DirectoryGroupsArgs, opts?: pulumi.ComponentResourceOptions) {
    super("carrel:directory:DirectoryGroups", name, {}, opts);
    const { provider } = args;
    const child = { parent: this, provider };
    const adoption = args.adoption ?? new Adoption();
    const adopted = (
      type: typeof ADOPTABLE.group | typeof ADOPTABLE.groupMember,
      name: string,
    ) => ({
      ...child,
      ...adoption.options(type, name),
    });
    const groups = new Map(
      args.groups.map((g) => [
        g.name,
        new azuread.Group(
          groupResourceName(g.name),
          {
            displayName: g.name,
            description: g.description ?? `Managed by Carrel (site ${args.siteCode})`,
            securityEnabled: true,
          },
          adopted(ADOPTABLE.group, groupResourceName(g.name)),
        ),
      ]),
    );
    const users = new Map(
      [...new Set(args.groups.flatMap((g) => g.members))]
        .sort()
        .map((upn) => [
          upn,
          azuread.getUserOutput({ userPrincipalName: upn }, { parent: this, provider }),
        ]),
    );
    for (const g of args.groups) {
      const group = groups.get(g.name)!;
      for (const member of g.memberGroups) {
        const nested = groups.get(member);
        if (!nested) throw new Error(`group '${member}' (in ${g.name}) is not in site.yaml`);
        const memberName = groupMemberGroupResourceName(g.name, member);
        new azuread.GroupMember(
          memberName,
          { groupObjectId: group.objectId, memberObjectId: nested.objectId },
          adopted(ADOPTABLE.groupMember, memberName),
        );
      }
      for (const upn of g.members) {
        const memberName = groupMemberUserResourceName(g.name, upn);
        new azuread.GroupMember(
          memberName,
          { groupObjectId: group.objectId, memberObjectId: users.get(upn)!.objectId },
          adopted(ADOPTABLE.groupMember, memberName),
        );
      }
    }
    this.groupObjectIds = pulumi.output(
      Object.fromEntries([...groups].map(([groupName, g]) => [groupName, g.objectId])),
    );
    this.registerOutputs({ groupObjectIds: this.groupObjectIds });
  }
}
