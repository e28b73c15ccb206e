/**
 * Formats Carrel recognises but does not read: other vendors' switch configurations, and
 * the ArubaOS-CX and Comware families that are easy to mistake for ArubaOS-Switch. Saying
 * what a file is (and on which line that shows) helps more than "unknown format".
 */

/** A format Carrel knows it cannot read. */
export interface ForeignFormat {
  readonly name: string;
  /** What to do instead, in plain words. */
  readonly advice: string;
  readonly patterns: readonly RegExp[];
}

const SWITCH_ADVICE =
  "carrel import reads ArubaOS-Switch (ProCurve) running-configs only; describe this device in site.yaml by hand";

/** Formats, each recognised by lines only it writes. */
export const FOREIGN_FORMATS: readonly ForeignFormat[] = [
  {
    name: "an ArubaOS-CX configuration",
    advice: SWITCH_ADVICE,
    patterns: [/^!Version ArubaOS-CX/, /^interface \d+\/\d+\/\d+$/, /^vsx$/],
  },
  {
    name: "a Cisco IOS configuration",
    advice: SWITCH_ADVICE,
    patterns: [
      /^Building configuration\.\.\./,
      /^Current configuration : \d+ bytes/,
      /^interface (GigabitEthernet|FastEthernet|TenGigabitEthernet|Ethernet|Port-channel|Vlan)\S*/,
      /^\s*switchport (mode|access|trunk)\b/,
      /^line (vty|con) \d/,
      /^version \d+\.\d+$/,
    ],
  },
  {
    name: "a Cisco NX-OS configuration",
    advice: SWITCH_ADVICE,
    patterns: [/^!Command: show running-config/, /^feature \S+$/],
  },
  {
    name: "a Juniper Junos configuration",
    advice: SWITCH_ADVICE,
    patterns: [
      /^## Last (commit|changed):/,
      /^set (system|interfaces|vlans|protocols) /,
      /^system \{$/,
      /^interfaces \{$/,
      /^version \d+\.\d+R\d+/,
    ],
  },
  {
    name: "an HPE Comware (H3C) configuration",
    advice: SWITCH_ADVICE,
    patterns: [
      /^ ?sysname \S+$/,
      /^ ?port link-type (access|trunk|hybrid)$/,
      /^interface (Ten-)?GigabitEthernet\d+\/\d+\/\d+$/,
    ],
  },
  {
    name: "a FortiGate configuration",
    advice: SWITCH_ADVICE,
    patterns: [/^#config-version=/, /^config system (global|interface)$/],
  },
  {
    name: "a MikroTik RouterOS export",
    advice: SWITCH_ADVICE,
    patterns: [/^# .* by RouterOS /, /^\/interface (ethernet|vlan|bridge)\b/],
  },
  {
    name: "a netsh DHCP dump",
    advice: "export the Windows DHCP server with 'Export-DhcpServer -File dhcp.xml' instead",
    patterns: [/^Dhcp Server \S+ (add|set) /i],
  },
];

/** The foreign format a text is in and the line that shows it, or `undefined`. */
export function recogniseForeign(
  text: string,
): { format: ForeignFormat; line: number; text: string } | undefined {
  const lines = text.split(/\r?\n/, 4000);
  for (let i = 0; i < lines.length; i++) {
    for (const format of FOREIGN_FORMATS) {
      if (format.patterns.some((p) => p.test(lines[i]!)))
        return { format, line: i + 1, text: lines[i]!.trim() };
    }
  }
  return undefined;
}
