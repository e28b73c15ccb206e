/**
 * R27: Azure names and addresses Azure itself would refuse: the storage account name, the VPN
 * gateway subnet, and the library's public address for the VPN.
 */
import { error, type Issue } from "../issue.ts";
import { cidrContains, formatCidr, isPrivateIp, parseCidr, parseIp } from "../net/ipv4.ts";
import type { Rule } from "./rule.ts";

const STORAGE_ACCOUNT = /^[a-z0-9]{3,24}$/;
/** Azure requires the GatewaySubnet to be /27 or larger. */
const GATEWAY_PREFIX_MAX = 27;

export const r27Azure: Rule = {
  id: "R27",
  title: "Azure storage account, gateway subnet and public IP are valid",
  check(site) {
    const azure = site.azure;
    if (!azure) return [];
    const issues: Issue[] = [];

    const account = azure.backup?.storageAccount;
    if (account !== undefined && !STORAGE_ACCOUNT.test(account)) {
      const hint = account
        .toLowerCase()
        .replace(/[^a-z0-9]/g, "")
        .slice(0, 24);
      const suggestion = STORAGE_ACCOUNT.test(hint) ? `; did you mean '${hint}'?` : "";
      issues.push(
        error(
          "R27",
          ["azure", "backup", "storageAccount"],
          `storage account name '${account}' must be 3 to 24 lower-case letters and digits, with no hyphens or other signs${suggestion}`,
        ),
      );
    }

    const vpn = azure.vpn;
    if (!vpn) return issues;
    const space = parseCidr(vpn.addressSpace);
    const gateway = parseCidr(vpn.gatewaySubnet);
    if (space && gateway) {
      const path = ["azure", "vpn", "gatewaySubnet"];
      if (!cidrContains(space, gateway.network) || !cidrContains(space, gateway.broadcast)) {
        issues.push(
          error(
            "R27",
            path,
            `the gateway subnet ${vpn.gatewaySubnet} is not inside the VPN address space ${formatCidr(space)}; choose a subnet from that space`,
          ),
        );
      } else if (gateway.prefix > GATEWAY_PREFIX_MAX) {
        issues.push(
          error(
            "R27",
            path,
            `the gateway subnet ${vpn.gatewaySubnet} is too small; Azure needs /${GATEWAY_PREFIX_MAX} or larger, such as ${formatCidr({ ...gateway, prefix: GATEWAY_PREFIX_MAX })}`,
          ),
        );
      }
    }
    const publicIp = parseIp(vpn.onPremises.publicIp);
    if (publicIp !== undefined && isPrivateIp(publicIp)) {
      issues.push(
        error(
          "R27",
          ["azure", "vpn", "onPremises", "publicIp"],
          `${vpn.onPremises.publicIp} is a private address, which Azure cannot reach; give the public address of the library's firewall`,
        ),
      );
    }
    return issues;
  },
};
