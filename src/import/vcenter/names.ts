/**
 * Carrel names for what vCenter calls otherwise: a VLAN name from a port group's name, a
 * template key from a template's name, the OS kind from a guest id, and the site code
 * guessed from the VMs' names. Each is a guess the import report says it made.
 */
import type { OsKind } from "../../site/schema.ts";
import { slugOf as slug } from "../../site/slug.ts";

/**
 * A VLAN name from its port group's name: the site code, the word VLAN and the VLAN id
 * dropped (`VLAN10-Servers` → `servers`, `rbpl-public` → `public`, `Mgmt (40)` → `mgmt`);
 * `vlan<id>` when nothing else is left.
 */
export function vlanNameFromPortGroup(portGroup: string, siteCode: string, vlanId: number): string {
  const words = slug(portGroup)
    .split("-")
    .filter((w) => w !== "" && w !== siteCode && w !== "vlan" && w !== `vlan${vlanId}`)
    .filter((w) => w !== String(vlanId) && w !== "pg" && w !== "dvpg");
  return words.length > 0 ? words.join("-") : `vlan${vlanId}`;
}

/** A template key from its vCenter name (`tmpl-ubuntu-2404` → `ubuntu-2404`). */
export function templateKey(name: string): string {
  const key = slug(name).replace(/^(tmpl|tpl|template|templ)-/, "");
  return key === "" ? "template" : key;
}

/** Windows or Linux from a vSphere guest id (`windows2019srvNext_64Guest`, `ubuntu64Guest`). */
export function osKind(guestId: string): OsKind {
  return /^win/i.test(guestId) ? "windows" : "linux";
}

/**
 * The site code most VM names start with (`rbpl-dc01` → `rbpl`), when at least two share
 * it and it is a valid code; otherwise undefined.
 */
export function guessSiteCode(vmNames: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const name of vmNames) {
    const prefix = /^([a-z][a-z0-9]{1,15})-/i.exec(name)?.[1]?.toLowerCase();
    if (prefix) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return best && best[1] >= 2 ? best[0] : undefined;
}
