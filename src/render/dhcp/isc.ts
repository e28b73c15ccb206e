/** ISC dhcpd: `dhcpd.conf`. */
import { formatIp, formatMask, type DhcpServerModel } from "../../site/index.ts";
import type { TemplateEngine } from "../engine.ts";
import { baseOptions } from "./options-for.ts";
import type { DhcpScope } from "./scope.ts";

/** Renders one ISC dhcpd server's configuration. */
export function renderIsc(
  engine: TemplateEngine,
  header: readonly string[],
  dhcp: DhcpServerModel,
  scopes: readonly DhcpScope[],
): string {
  // dhcpd refuses to start unless it has a subnet declaration for the network of the
  // interface it listens on, even when it hands out no addresses there.
  const { home } = dhcp;
  const extras = scopes.flatMap((s) => s.options.map((o) => o.spec));
  const optionDecls = [...new Map(extras.map((o) => [o.code, o])).values()]
    .filter((o) => !o.isc.standard)
    .sort((a, b) => a.code - b.code)
    .map((o) => ({
      name: o.isc.name,
      code: o.code,
      type:
        o.kind === "ip-list"
          ? "array of ip-address"
          : o.kind === "uint16"
            ? "unsigned integer 16"
            : "text",
    }));
  return engine.render("dhcp/dhcpd.conf", {
    header,
    server: dhcp.server,
    optionDecls,
    home: !dhcp.servesHome
      ? {
          vlanId: home.vlan.id,
          vlanName: home.vlan.name,
          network: formatIp(home.cidr.network),
          mask: formatMask(home.cidr.prefix),
        }
      : undefined,
    subnets: scopes.map((s) => ({
      ...s,
      // Values go to the template as they are: its helper quotes text the way dhcpd reads it.
      options: [
        ...baseOptions(s).map((o) => ({ name: o.name, values: o.values, text: o.text })),
        ...s.options.map((o) => ({
          name: o.spec.isc.name,
          values: o.values,
          text: o.spec.kind === "text",
        })),
      ],
    })),
  });
}
