/** The options every scope carries, plus the VLAN's extras, as one list per scope. */
import type { DhcpScope } from "./scope.ts";

/** A standard option by its DHCP code, with its values. */
export interface ScopeOption {
  readonly code: number;
  /** Kea's and ISC dhcpd's name for the option. */
  readonly name: string;
  readonly values: readonly string[];
  /** Whether the values are text (quoted in dhcpd.conf) rather than addresses or numbers. */
  readonly text: boolean;
}

/** Router, DNS servers, domain name and NTP servers, in option-code order; empty ones left out. */
export function baseOptions(scope: DhcpScope): ScopeOption[] {
  const options: ScopeOption[] = [
    { code: 3, name: "routers", values: [scope.router], text: false },
    { code: 6, name: "domain-name-servers", values: scope.dns, text: false },
    { code: 15, name: "domain-name", values: scope.domain ? [scope.domain] : [], text: true },
    { code: 42, name: "ntp-servers", values: scope.ntp, text: false },
  ];
  return options.filter((o) => o.values.length > 0);
}
