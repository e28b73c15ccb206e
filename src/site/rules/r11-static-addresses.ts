/**
 * R11: every static address is used once, sits in its VLAN's subnet and outside every
 * dynamic range; each DHCP server's address is one of them. (Gateways and reservations
 * are placed by R8-R10; here they take part in the uniqueness check.)
 */
import { error, type Issue } from "../issue.ts";
import { staticAddresses, vlanAddressing, type AddressKind } from "../model/addresses.ts";
import { cidrContains, formatIp, parseIp, rangeContains } from "../net/ipv4.ts";
import type { Rule } from "./rule.ts";

const WHAT: Record<AddressKind, string> = {
  gateway: "the gateway of VLAN",
  host: "host",
  switch: "switch",
  vm: "VM",
  reservation: "reservation",
};

export const r11StaticAddresses: Rule = {
  id: "R11",
  title: "static addresses are unique, in their subnet and outside dynamic ranges",
  check(site) {
    const issues: Issue[] = [];
    const statics = staticAddresses(site);
    const vlans = vlanAddressing(site);
    const byName = new Map(vlans.map((v) => [v.vlan.name, v]));
    const firstAt = new Map<number, (typeof statics)[number]>();
    for (const s of statics) {
      const first = firstAt.get(s.ip);
      if (first) {
        issues.push(
          error(
            "R11",
            s.path,
            `${s.text} is already the address of ${WHAT[first.kind]} '${first.name}'; each address is used once`,
          ),
        );
      } else {
        firstAt.set(s.ip, s);
      }
      if (s.kind === "gateway") continue;
      const own = byName.get(s.vlan);
      // Neither end of a subnet can be a machine's address (R8 says the same of gateways).
      if (
        own?.cidr &&
        own.cidr.prefix < 31 &&
        (s.ip === own.cidr.network || s.ip === own.cidr.broadcast)
      ) {
        const which = s.ip === own.cidr.network ? "network" : "broadcast";
        issues.push(
          error(
            "R11",
            s.path,
            `${s.text} is the ${which} address of ${own.vlan.subnet}, which no machine can use; pick an address between them`,
          ),
        );
        continue;
      }
      // Reservations are placed in their subnet and outside its range by R10.
      if (s.kind === "reservation") continue;
      if (own?.cidr && !cidrContains(own.cidr, s.ip)) {
        issues.push(
          error(
            "R11",
            s.path,
            `${s.text} is outside the subnet ${own.vlan.subnet} of VLAN '${s.vlan}'`,
          ),
        );
        continue;
      }
      const dynamic = vlans.find((v) => v.range && rangeContains(v.range, s.ip));
      if (dynamic) {
        issues.push(
          error(
            "R11",
            s.path,
            `${s.text} is inside the DHCP range ${dynamic.vlan.dhcp!.range} of VLAN '${dynamic.vlan.name}'; DHCP could give it to another device`,
          ),
        );
      }
    }
    site.network.dhcpServers.forEach((server, i) => {
      const ip = parseIp(server.address);
      if (ip === undefined || firstAt.has(ip)) return;
      issues.push(
        error(
          "R11",
          ["network", "dhcpServers", i, "address"],
          `DHCP server address ${formatIp(ip)} belongs to no declared machine; declare it as a host or VM, or use one of theirs`,
        ),
      );
    });
    return issues;
  },
};
