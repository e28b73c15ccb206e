/** R15: a desktop name pattern holds one number placeholder, wide enough, giving unique names. */
import { error, type Issue } from "../issue.ts";
import { desktopNames, patternPlaceholders } from "../model/names.ts";
import type { Rule } from "./rule.ts";

export const r15NamePatterns: Rule = {
  id: "R15",
  title: "name patterns hold one {n}, {nn} or {nnn}, wide enough for count",
  check(site) {
    const vs = site.vsphere;
    if (!vs) return [];
    const issues: Issue[] = [];
    // Every machine name the site already uses, upper/lower case folded.
    const taken = new Map<string, string>();
    const take = (name: string, owner: string) => {
      if (!taken.has(name.toLowerCase())) taken.set(name.toLowerCase(), owner);
    };
    vs.vms.forEach((vm) => take(vm.name, `VM '${vm.name}'`));
    site.network.switches.forEach((s) => take(s.name, `switch '${s.name}'`));
    site.network.vlans.forEach((v) => {
      v.hosts.forEach((h) => take(h.host, `host '${h.host}'`));
      v.reservations.forEach((r) => take(r.host, `reservation '${r.host}'`));
    });
    vs.vdi.pools.forEach((pool, i) => {
      const path = ["vsphere", "vdi", "pools", i, "namePattern"];
      const holders = patternPlaceholders(pool.namePattern);
      if (holders.length !== 1) {
        issues.push(
          error(
            "R15",
            path,
            holders.length === 0
              ? `name pattern '${pool.namePattern}' has no number placeholder; add {n}, {nn} or {nnn} (like "PUB-{nn}")`
              : `name pattern '${pool.namePattern}' has ${holders.length} number placeholders; use exactly one`,
          ),
        );
        return;
      }
      const width = holders[0]!;
      if (width > 1 && String(pool.count).length > width) {
        issues.push(
          error(
            "R15",
            path,
            `name pattern '${pool.namePattern}' has room for ${width} digit${width > 1 ? "s" : ""}, but count ${pool.count} needs ${String(pool.count).length}; use {${"n".repeat(String(pool.count).length)}}`,
          ),
        );
        return;
      }
      const clash = desktopNames(pool).find((name) => taken.has(name.toLowerCase()));
      if (clash) {
        issues.push(
          error(
            "R15",
            path,
            `desktop name '${clash}' from pool '${pool.name}' is already taken by ${taken.get(clash.toLowerCase())}; change the pattern`,
          ),
        );
      }
      for (const name of desktopNames(pool)) take(name, `pool '${pool.name}'`);
    });
    return issues;
  },
};
