/** Kea DHCPv4: `kea-dhcp4.conf`. */
import { posix } from "node:path";
import type { DhcpServerModel } from "../../site/index.ts";
import type { TemplateEngine } from "../engine.ts";
import { baseOptions } from "./options-for.ts";
import type { DhcpRenderOptions } from "./render-options.ts";
import type { DhcpScope } from "./scope.ts";

/** Renders one Kea server's configuration. */
export function renderKea(
  engine: TemplateEngine,
  header: readonly string[],
  dhcp: DhcpServerModel,
  scopes: readonly DhcpScope[],
  options: DhcpRenderOptions,
): string {
  const extras = scopes.flatMap((s) => s.options.map((o) => o.spec));
  const optionDefs = [...new Map(extras.map((o) => [o.code, o])).values()]
    .filter((o) => !o.kea.standard)
    .sort((a, b) => a.code - b.code)
    .map((o) => ({
      name: o.kea.name,
      code: o.code,
      type: o.kind === "ip-list" ? "ipv4-address" : o.kind === "uint16" ? "uint16" : "string",
      array: o.kind === "ip-list",
    }));
  return engine.render("dhcp/kea-dhcp4.conf", {
    header,
    server: dhcp.server,
    interfaces: options.interfaces ?? ["*"],
    // Relayed packets arrive as unicast UDP; only a VLAN the server sits on needs raw sockets,
    // to answer clients that have no address yet.
    socketType: dhcp.servesHome ? "raw" : "udp",
    leaseFile: posix.join(options.leaseDirectory ?? "/var/lib/kea", "kea-leases4.csv"),
    optionDefs,
    subnets: scopes.map((s) => ({
      ...s,
      // Text goes to the template as it is: its helper escapes what Kea's option data needs.
      optionData: [
        ...baseOptions(s).map((o) => ({ name: o.name, values: o.values, text: o.text })),
        ...s.options.map((o) => ({
          name: o.spec.kea.name,
          values: o.values,
          text: o.spec.kind === "text",
        })),
      ],
    })),
  });
}
