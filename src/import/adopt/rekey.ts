/**
 * Adoption IDs name resources by the program's logical names, which hold the site code
 * and, for port groups, the VLAN's name (`rbpl-servers`). A reader computes them from the
 * code and VLAN names it proposes; when the merge settles on others (the switch configs
 * call VLAN 10 `srv`, the admin chose another code), the names follow with this.
 */
import type { AdoptionId } from "../fragment.ts";
import { ADOPTABLE, portGroupResourceName } from "../../pulumi/names.ts";

/** What changed between the readers' proposals and the draft. */
export interface Renames {
  /** The site code the readers used, and the draft's. */
  readonly siteCode?: { readonly from: string; readonly to: string };
  /** VLAN names the readers proposed → the draft's names (same VLAN id). */
  readonly vlans?: ReadonlyMap<string, string>;
}

// Types whose logical names start with the site code.
const PREFIXED = new Set<string>([
  ADOPTABLE.folder,
  ADOPTABLE.portGroup,
  ADOPTABLE.tagCategory,
  ADOPTABLE.tag,
  ADOPTABLE.antiAffinity,
]);

/** The adoption IDs with their names following the draft's site code and VLAN names. */
export function rekeyAdoptions(adopt: readonly AdoptionId[], renames: Renames): AdoptionId[] {
  const { siteCode, vlans } = renames;
  return adopt.map((entry) => {
    if (!PREFIXED.has(entry.type)) return entry;
    const from = siteCode?.from;
    const code = siteCode?.to ?? from;
    let rest = entry.name;
    if (from !== undefined && rest.startsWith(`${from}-`)) rest = rest.slice(from.length + 1);
    else if (from !== undefined) return entry;
    if (entry.type === ADOPTABLE.portGroup && vlans?.has(rest)) rest = vlans.get(rest)!;
    if (code === undefined) return entry;
    const name =
      entry.type === ADOPTABLE.portGroup ? portGroupResourceName(code, rest) : `${code}-${rest}`;
    return { ...entry, name };
  });
}
