/**
 * What the cross-site rules need to know of each member, read from its site file as
 * written (none of it is inheritable), each with its place in the file. Small and plain,
 * so that the worker that validated a site can send them to the one that checks the
 * consortium as a whole; and read defensively, because the site may be invalid (its own
 * validation says why).
 */
import { locate, type SiteSource } from "../site/source.ts";
import type { Path } from "../site/issue.ts";

/** A place in a file, with the dotted path shown in messages. */
export interface Place {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly offset: number;
  readonly path: Path;
}

/** A network a site uses: a VLAN's subnet or its Azure VPN address space. */
export interface SiteNetwork {
  readonly text: string;
  /** In words: "VLAN 'staff'", "the Azure VPN address space". */
  readonly what: string;
  /** A VLAN's subnet must lie inside the site's WAN allocation; the Azure network need not. */
  readonly onSite: boolean;
  readonly at: Place;
}

/** One member's facts. */
export interface SiteFacts {
  /** The member's code (its folder). */
  readonly member: string;
  readonly file: string;
  /** `site.code` as written, when it is text. */
  readonly code?: { readonly value: string; readonly at: Place };
  readonly networks: readonly SiteNetwork[];
  readonly storageAccount?: { readonly value: string; readonly at: Place };
}

type Value = Record<string, unknown>;
const isRecord = (v: unknown): v is Value =>
  v !== null && typeof v === "object" && !Array.isArray(v);
const text = (v: unknown) => (typeof v === "string" ? v : undefined);

/** The facts of a member whose site file is parsed as `source`. */
export function siteFacts(member: string, source: SiteSource): SiteFacts {
  const value = isRecord(source.value) ? source.value : {};
  const place = (path: Path): Place => {
    const at = locate(source, [{ path, message: "", severity: "error", rule: "" }])[0]!;
    return { file: at.file, line: at.line, col: at.col, offset: at.offset, path };
  };
  const site = isRecord(value.site) ? value.site : {};
  const network = isRecord(value.network) ? value.network : {};
  const vlans = Array.isArray(network.vlans) ? network.vlans : [];
  const networks: SiteNetwork[] = [];
  vlans.forEach((vlan, i) => {
    if (!isRecord(vlan)) return;
    const subnet = text(vlan.subnet);
    if (!subnet) return;
    const name = text(vlan.name) ?? String(vlan.id ?? i);
    networks.push({
      text: subnet,
      what: `VLAN '${name}'`,
      onSite: true,
      at: place(["network", "vlans", i, "subnet"]),
    });
  });
  const azure = isRecord(value.azure) ? value.azure : {};
  const vpn = isRecord(azure.vpn) ? azure.vpn : {};
  const space = text(vpn.addressSpace);
  if (space)
    networks.push({
      text: space,
      what: "the Azure VPN address space",
      onSite: false,
      at: place(["azure", "vpn", "addressSpace"]),
    });
  const backup = isRecord(azure.backup) ? azure.backup : {};
  const account = text(backup.storageAccount);
  const code = text(site.code);
  return {
    member,
    file: source.file,
    ...(code !== undefined ? { code: { value: code, at: place(["site", "code"]) } } : {}),
    networks,
    ...(account !== undefined
      ? { storageAccount: { value: account, at: place(["azure", "backup", "storageAccount"]) } }
      : {}),
  };
}
