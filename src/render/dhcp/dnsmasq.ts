/** dnsmasq as a DHCP server only: `dnsmasq.conf`. */
import { posix } from "node:path";
import type { DhcpServer } from "../../site/index.ts";
import type { TemplateEngine } from "../engine.ts";
import { baseOptions } from "./options-for.ts";
import type { DhcpRenderOptions } from "./render-options.ts";
import type { DhcpScope } from "./scope.ts";

/** dnsmasq's names for the options every scope carries. */
const DNSMASQ_NAMES: Record<number, string> = {
  3: "option:router",
  6: "option:dns-server",
  15: "option:domain-name",
  42: "option:ntp-server",
};

/** Renders one dnsmasq server's configuration. */
export function renderDnsmasq(
  engine: TemplateEngine,
  header: readonly string[],
  server: DhcpServer,
  scopes: readonly DhcpScope[],
  options: DhcpRenderOptions,
): string {
  return engine.render("dhcp/dnsmasq.conf", {
    header,
    server,
    interfaces: options.interfaces ?? [],
    leaseFile: posix.join(options.leaseDirectory ?? "/var/lib/misc", "dnsmasq.leases"),
    ranges: scopes.map((s) => ({
      ...s,
      tag: `vlan${s.vlanId}`,
      // Extra text options are quoted by the template's helper, so that a comma cannot split
      // them and dnsmasq takes them as text; the base options (addresses, the domain name)
      // are plain words.
      options: [
        ...baseOptions(s).map((o) => ({
          name: DNSMASQ_NAMES[o.code]!,
          values: o.values,
          quoted: false,
        })),
        ...s.options.map((o) => ({
          name: o.spec.dnsmasq,
          values: o.values,
          quoted: o.spec.kind === "text",
        })),
      ],
    })),
  });
}
