/**
 * DHCP server configurations in the four formats Carrel renders, read into one shape:
 * ISC dhcpd.conf, Kea kea-dhcp4.conf, dnsmasq.conf and the Windows `Export-DhcpServer` file.
 */
import type { DhcpSoftware } from "../../site/schema.ts";
import type { At } from "../facts.ts";
import { parseDnsmasq, recogniseDnsmasq } from "./dnsmasq.ts";
import { parseDhcpd, recogniseDhcpd } from "./isc.ts";
import { parseKea, recogniseKea } from "./kea.ts";
import type { RunningDhcp, RunningOption, RunningScope } from "./running.ts";
import { parseWindowsExport, recogniseWindowsExport } from "./windows.ts";

export * from "./option-codes.ts";
export * from "./running.ts";
export * from "./server-settings.ts";
export { timeSpanSeconds, WINDOWS_EXPORT_VERSIONS } from "./windows.ts";

/** One DHCP format: how to recognise it and read it. */
export interface DhcpFormat {
  readonly software: DhcpSoftware;
  /** In words, for messages and the report. */
  readonly label: string;
  readonly recognise: (text: string) => number | undefined;
  readonly parse: (text: string) => RunningDhcp;
}

/** The formats, most specific first. */
export const DHCP_FORMATS: readonly DhcpFormat[] = [
  {
    software: "windows",
    label: "Windows DHCP server export (Export-DhcpServer)",
    recognise: recogniseWindowsExport,
    parse: parseWindowsExport,
  },
  { software: "kea", label: "Kea DHCPv4 configuration", recognise: recogniseKea, parse: parseKea },
  {
    software: "isc-dhcp",
    label: "ISC dhcpd configuration",
    recognise: recogniseDhcpd,
    parse: parseDhcpd,
  },
  {
    software: "dnsmasq",
    label: "dnsmasq configuration",
    recognise: recogniseDnsmasq,
    parse: parseDnsmasq,
  },
];

/** The format a text is in, with the line that shows it, or `undefined`. */
export function recogniseDhcp(text: string): { format: DhcpFormat; line: number } | undefined {
  for (const format of DHCP_FORMATS) {
    const line = format.recognise(text);
    if (line !== undefined) return { format, line };
  }
  return undefined;
}

/** A scope's options with the server-wide ones it inherits; the scope's own win. */
export function effectiveOptions(
  dhcp: RunningDhcp,
  scope: RunningScope,
): Map<number, RunningOption> {
  return new Map([...dhcp.globalOptions, ...scope.options]);
}

/** A scope's lease time in seconds, its own or the server's (or option 51), if any. */
export function effectiveLease(dhcp: RunningDhcp, scope: RunningScope): At<number> | undefined {
  const option = effectiveOptions(dhcp, scope).get(51);
  const fromOption =
    option && /^\d+$/.test(option.values[0] ?? "")
      ? { value: Number(option.values[0]), line: option.line }
      : undefined;
  return scope.lease ?? fromOption ?? dhcp.globalLease;
}
