/**
 * R3: host names are DNS labels (letters, digits, hyphens); names of Windows machines
 * fit NetBIOS's 15 characters, or joining the domain fails.
 */
import { error, type Issue, type Path } from "../issue.ts";
import { desktopName } from "../model/names.ts";
import type { Site } from "../schema.ts";
import type { Rule } from "./rule.ts";

const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

function labelProblem(name: string): string | undefined {
  if (LABEL.test(name)) return undefined;
  if (name.length > 63) return `host name '${name}' is longer than 63 characters`;
  if (name.startsWith("-") || name.endsWith("-"))
    return `host name '${name}' cannot start or end with a hyphen`;
  const bad = [...new Set(name.replace(/[A-Za-z0-9-]/g, ""))].map((c) =>
    c === " " ? "space" : `'${c}'`,
  );
  return `host name '${name}' may only use letters, digits and hyphens (found ${bad.join(", ")})`;
}

/** The longest a full DNS name may be (RFC 1035: 255 octets on the wire, 253 as text). */
const FQDN_MAX = 253;

function checkName(
  name: string,
  path: Path,
  windows: boolean,
  what = "host name",
  domain = "",
): Issue[] {
  const problem = labelProblem(name);
  if (problem) return [error("R3", path, problem.replace("host name", what))];
  const full = `${name}.${domain}`;
  if (domain !== "" && full.length > FQDN_MAX)
    return [
      error(
        "R3",
        path,
        `${what} '${name}' makes the DNS name ${name}.${domain} ${full.length} characters long, and a DNS name takes at most ${FQDN_MAX}; shorten the name or site.domain`,
      ),
    ];
  if (windows && name.length > 15) {
    return [
      error(
        "R3",
        path,
        `${what} '${name}' is ${name.length} characters; Windows machines need 15 or fewer to join the domain`,
      ),
    ];
  }
  return [];
}

export const r03Hostnames: Rule = {
  id: "R3",
  title: "host names use letters, digits and hyphens; Windows names fit 15 characters",
  check(site: Site) {
    const templates = site.vsphere?.templates ?? {};
    const isWindows = (key: string) => templates[key]?.os === "windows";
    const issues: Issue[] = [];
    const domain = site.site.domain.replace(/\.$/, "");
    site.network.vlans.forEach((vlan, v) => {
      vlan.hosts.forEach((h, i) =>
        issues.push(
          ...checkName(
            h.host,
            ["network", "vlans", v, "hosts", i, "host"],
            false,
            undefined,
            domain,
          ),
        ),
      );
      vlan.reservations.forEach((r, i) =>
        issues.push(
          ...checkName(
            r.host,
            ["network", "vlans", v, "reservations", i, "host"],
            false,
            undefined,
            domain,
          ),
        ),
      );
    });
    site.network.switches.forEach((s, i) =>
      issues.push(
        ...checkName(s.name, ["network", "switches", i, "name"], false, "switch name", domain),
      ),
    );
    site.network.dhcpServers.forEach((s, i) =>
      issues.push(
        ...checkName(s.name, ["network", "dhcpServers", i, "name"], false, "DHCP server name"),
      ),
    );
    site.vsphere?.vms.forEach((vm, i) =>
      issues.push(
        ...checkName(
          vm.name,
          ["vsphere", "vms", i, "name"],
          isWindows(vm.template),
          "VM name",
          domain,
        ),
      ),
    );
    site.vsphere?.vdi.pools.forEach((pool, i) => {
      // The longest generated name is the last desktop's; its characters are the pattern's.
      const sample = desktopName(pool.namePattern, pool.count);
      issues.push(
        ...checkName(
          sample,
          ["vsphere", "vdi", "pools", i, "namePattern"],
          isWindows(pool.template),
          "desktop name",
          domain,
        ),
      );
    });
    return issues;
  },
};
