/**
 * DHCP options by code, with the names ISC dhcpd, Kea and dnsmasq give them, so that a
 * configuration in any of those vocabularies can be read into option codes. Includes the
 * options site.yaml models (router, DNS, domain, NTP, lease time, and the extras under
 * `dhcp.options`) and the common ones it does not, so the report can name them.
 */
import { DHCP_OPTIONS } from "../../site/dhcp/options.ts";

/** An option's names in each vocabulary. */
export interface OptionCode {
  readonly code: number;
  /** Plain words, for the report. */
  readonly label: string;
  readonly names: readonly string[];
  /** Whether the values are text (names) rather than addresses or numbers. */
  readonly text: boolean;
  /** The name under site.yaml's `dhcp.options`, when it is one of those extras. */
  readonly site?: string;
}

const BASE: readonly OptionCode[] = [
  { code: 1, label: "subnet mask", names: ["subnet-mask", "netmask"], text: false },
  { code: 2, label: "time offset", names: ["time-offset"], text: false },
  { code: 3, label: "router", names: ["routers", "router"], text: false },
  { code: 4, label: "time servers", names: ["time-servers", "time-server"], text: false },
  { code: 6, label: "DNS servers", names: ["domain-name-servers", "dns-server"], text: false },
  { code: 12, label: "host name", names: ["host-name", "hostname"], text: true },
  { code: 15, label: "domain name", names: ["domain-name"], text: true },
  { code: 28, label: "broadcast address", names: ["broadcast-address", "broadcast"], text: false },
  { code: 42, label: "NTP servers", names: ["ntp-servers", "ntp-server"], text: false },
  {
    code: 43,
    label: "vendor-specific information",
    names: ["vendor-encapsulated-options", "vendor"],
    text: true,
  },
  { code: 44, label: "WINS servers", names: ["netbios-name-servers", "netbios-ns"], text: false },
  {
    code: 46,
    label: "NetBIOS node type",
    names: ["netbios-node-type", "netbios-nodetype"],
    text: false,
  },
  { code: 51, label: "lease time", names: ["dhcp-lease-time", "lease-time"], text: false },
  { code: 58, label: "renewal time", names: ["dhcp-renewal-time", "T1"], text: false },
  { code: 59, label: "rebinding time", names: ["dhcp-rebinding-time", "T2"], text: false },
  {
    code: 60,
    label: "vendor class",
    names: ["vendor-class-identifier", "vendor-class"],
    text: true,
  },
  { code: 119, label: "domain search list", names: ["domain-search"], text: true },
  { code: 121, label: "classless static routes", names: ["classless-static-route"], text: true },
];

/** Every option Carrel can name, the site's extras included. */
export const OPTION_CODES: readonly OptionCode[] = [
  ...BASE,
  ...DHCP_OPTIONS.map((o) => ({
    code: o.code,
    label: o.label,
    names: [...new Set([o.name, o.kea.name, o.isc.name, o.dnsmasq.replace(/^option:/, "")])],
    text: o.kind === "text",
    site: o.name,
  })),
];

const BY_NAME = new Map<string, OptionCode>();
for (const o of OPTION_CODES) for (const n of o.names) BY_NAME.set(n.toLowerCase(), o);
const BY_CODE = new Map(OPTION_CODES.map((o) => [o.code, o]));

/** The option a name stands for (`routers`, `option:router`, `dns-server`), if known. */
export function optionByName(name: string): OptionCode | undefined {
  return BY_NAME.get(name.toLowerCase().replace(/^option6?:/, ""));
}

/** The option of a code, if known. */
export function optionByCode(code: number): OptionCode | undefined {
  return BY_CODE.get(code);
}

/** How the report names an option: `option 44 (WINS servers)`. */
export function describeOption(code: number): string {
  const o = BY_CODE.get(code);
  return o ? `option ${code} (${o.label})` : `option ${code}`;
}
