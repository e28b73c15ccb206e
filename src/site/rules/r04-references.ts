/**
 * R4: every name that refers to something declared elsewhere resolves to it.
 * (Folders are checked by R23 and `connects` peers by R20, which say more about them.)
 */
import { error, type Issue, type Path } from "../issue.ts";
import type { Site } from "../schema.ts";
import { didYouMean } from "../suggest.ts";
import type { Rule } from "./rule.ts";

/** Checks references of one kind against the names declared for it. */
function resolver(kind: string, declared: readonly string[], where: string) {
  const known = new Set(declared);
  return (name: string | undefined, path: Path): Issue[] => {
    if (name === undefined || known.has(name)) return [];
    const hint = didYouMean(name, declared);
    return [
      error(
        "R4",
        path,
        `${kind} '${name}' is not declared${hint || `; declare it under ${where}`}`,
      ),
    ];
  };
}

/** Backup classes a job can cover, besides VM names. */
const BACKUP_CLASSES = ["daily", "weekly", "monthly"];

export const r04References: Rule = {
  id: "R4",
  title: "every reference resolves",
  check(site: Site) {
    const issues: Issue[] = [];
    const net = site.network;
    const vlan = resolver(
      "VLAN",
      net.vlans.map((v) => v.name),
      "network.vlans",
    );
    const location = resolver(
      "location",
      site.site.locations.map((l) => l.id),
      "site.locations",
    );
    const templates = site.vsphere ? Object.keys(site.vsphere.templates) : [];
    const template = resolver("template", templates, "vsphere.templates");
    const groups = (site.directory?.groups ?? []).map((g) => g.name);
    const group = resolver("group", groups, "directory.groups");
    const vendor = resolver(
      "vendor",
      site.site.vendors.map((v) => v.name),
      "site.vendors",
    );

    net.switches.forEach((sw, s) => {
      const base = ["network", "switches", s];
      issues.push(...location(sw.location, [...base, "location"]));
      issues.push(...vlan(sw.management.vlan, [...base, "management", "vlan"]));
      sw.ports.forEach((entry, e) => {
        const at = [...base, "ports", e];
        issues.push(...vlan(entry.untagged, [...at, "untagged"]));
        entry.tagged.forEach((t, i) => issues.push(...vlan(t, [...at, "tagged", i])));
        issues.push(...location(entry.location, [...at, "location"]));
      });
    });
    net.dhcpServers.forEach((server, s) =>
      server.serves.forEach((v, i) =>
        issues.push(...vlan(v, ["network", "dhcpServers", s, "serves", i])),
      ),
    );

    const vs = site.vsphere;
    vs?.portGroups.forEach((v, i) => issues.push(...vlan(v, ["vsphere", "portGroups", i])));
    vs?.vms.forEach((vm, i) => {
      issues.push(...template(vm.template, ["vsphere", "vms", i, "template"]));
      issues.push(...vlan(vm.network.vlan, ["vsphere", "vms", i, "network", "vlan"]));
    });
    vs?.vdi.pools.forEach((pool, i) => {
      const base = ["vsphere", "vdi", "pools", i];
      issues.push(...template(pool.template, [...base, "template"]));
      issues.push(...vlan(pool.vlan, [...base, "vlan"]));
      pool.entitledGroups.forEach((g, j) =>
        issues.push(...group(g, [...base, "entitledGroups", j])),
      );
    });
    site.directory?.groups.forEach((g, i) =>
      g.memberGroups.forEach((m, j) =>
        issues.push(...group(m, ["directory", "groups", i, "memberGroups", j])),
      ),
    );

    site.inventory?.assets.forEach((a, i) => {
      issues.push(...location(a.location, ["inventory", "assets", i, "location"]));
      issues.push(...vendor(a.vendor, ["inventory", "assets", i, "vendor"]));
    });
    site.inventory?.licenses.forEach((l, i) =>
      issues.push(...vendor(l.vendor, ["inventory", "licenses", i, "vendor"])),
    );

    const vmNames = (vs?.vms ?? []).map((vm) => vm.name);
    const coverable = [...BACKUP_CLASSES, ...vmNames];
    const containers = site.azure?.backup?.containers ?? [];
    site.operations?.backups.forEach((job, j) => {
      const base = ["operations", "backups", j];
      const covers = typeof job.covers === "string" ? [job.covers] : job.covers;
      covers.forEach((c, i) => {
        // VM names are matched ignoring case, as R2 and R30 treat them.
        if (coverable.some((name) => name.toLowerCase() === c.toLowerCase())) return;
        const path = typeof job.covers === "string" ? [...base, "covers"] : [...base, "covers", i];
        issues.push(
          error(
            "R4",
            path,
            `backup job covers '${c}', which is neither a backup class (daily, weekly, monthly) nor a VM${didYouMean(c, coverable)}`,
          ),
        );
      });
      if (job.target.startsWith("azure:")) {
        const container = job.target.slice("azure:".length);
        if (!containers.includes(container)) {
          const hint = didYouMean(container, containers);
          issues.push(
            error(
              "R4",
              [...base, "target"],
              site.azure?.backup
                ? `storage container '${container}' is not listed in azure.backup.containers${hint}`
                : `the target is an Azure container, but azure.backup is not declared`,
            ),
          );
        }
      }
    });
    return issues;
  },
};
