/**
 * The internet router (`network.upstream.gateway`) is a machine the site declares, on a
 * VLAN the core switches route: they send every packet for the internet to it. Not one of
 * the spec's numbered rules; it guards the key the way R12 guards DNS servers.
 */
import { error } from "../issue.ts";
import { staticAddresses, vlanAddressing } from "../model/addresses.ts";
import { cidrContains, parseIp } from "../net/ipv4.ts";
import type { Rule } from "./rule.ts";

export const upstreamGateway: Rule = {
  id: "upstream",
  title: "the internet router is a declared host on a site VLAN",
  check(site) {
    const text = site.network.upstream?.gateway;
    const ip = text === undefined ? undefined : parseIp(text);
    if (ip === undefined) return [];
    const path = ["network", "upstream", "gateway"];
    const vlan = vlanAddressing(site).find((v) => v.cidr && cidrContains(v.cidr, ip));
    if (!vlan) {
      return [
        error(
          "upstream",
          path,
          `internet router ${text} is in none of the site's VLAN subnets; the core switches can only reach a router on one of them`,
        ),
      ];
    }
    const owner = staticAddresses(site).find((s) => s.ip === ip);
    if (!owner) {
      return [
        error(
          "upstream",
          path,
          `internet router ${text} is no declared host; add it under hosts of VLAN '${vlan.vlan.name}' so its address is kept free`,
        ),
      ];
    }
    if (owner.kind === "gateway") {
      return [
        error(
          "upstream",
          path,
          `${text} is the gateway of VLAN '${owner.vlan}', which the core switch holds itself; give the router's own address`,
        ),
      ];
    }
    return [];
  },
};
