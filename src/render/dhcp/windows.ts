/** Windows Server DHCP: `dhcp-server.ps1`, an idempotent script for the DhcpServer module. */
import type { DhcpServer } from "../../site/index.ts";
import type { TemplateEngine } from "../engine.ts";
import type { DhcpOptionKind } from "./options.ts";
import { baseOptions } from "./options-for.ts";
import type { DhcpScope } from "./scope.ts";

/** The DhcpServer module's option value types. */
const WINDOWS_TYPES: Record<DhcpOptionKind, string> = {
  text: "String",
  "ip-list": "IPv4Address",
  uint16: "Word",
};

/** Renders one Windows DHCP server's script. */
export function renderWindowsDhcp(
  engine: TemplateEngine,
  header: readonly string[],
  server: DhcpServer,
  scopes: readonly DhcpScope[],
): string {
  const extras = scopes.flatMap((s) => s.options.map((o) => o.spec));
  const definitions = [...new Map(extras.map((o) => [o.code, o])).values()]
    .sort((a, b) => a.code - b.code)
    .map((o) => ({
      id: o.code,
      name: o.label,
      type: WINDOWS_TYPES[o.kind],
      multiValued: o.kind === "ip-list",
    }));
  return engine.render("dhcp/dhcp-server.ps1", {
    header,
    server,
    definitions,
    scopes: scopes.map((s) => ({
      ...s,
      name: `${s.vlanName} (VLAN ${s.vlanId})`,
      options: [
        ...baseOptions(s).map((o) => ({ id: o.code, values: o.values })),
        ...s.options.map((o) => ({ id: o.spec.code, values: o.values })),
      ],
      reservations: s.reservations.map((r) => ({ ...r, clientId: r.mac.replaceAll(":", "-") })),
    })),
  });
}
