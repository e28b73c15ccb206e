/**
 * The extra DHCP options a VLAN may ask for under `dhcp.options`, by the name site.yaml
 * uses, with each server software's own name or code for it. The validator checks names
 * and values against this catalogue; the renderers take each server's names from it.
 */
import { parseIp } from "../net/ipv4.ts";
import { closest } from "../suggest.ts";
import { textProblems, type TextLimits } from "../text.ts";

/** How an option's value is written on the wire. */
export type DhcpOptionKind = "text" | "ip-list" | "uint16";

/** One option Carrel can render, with its name in each server's vocabulary. */
export interface DhcpOptionSpec {
  /** The name used in site.yaml. */
  readonly name: string;
  readonly code: number;
  readonly kind: DhcpOptionKind;
  /** What it is for, in plain words (the Windows option definition's name, too). */
  readonly label: string;
  /** Kea's name; `standard: false` means the config must define it (`option-def`). */
  readonly kea: { readonly name: string; readonly standard: boolean };
  /** ISC dhcpd's name; `standard: false` means dhcpd.conf must declare its code. */
  readonly isc: { readonly name: string; readonly standard: boolean };
  /** dnsmasq's `option:` name, or the bare code when dnsmasq has no name for it. */
  readonly dnsmasq: string;
}

/** The options Carrel knows, sorted by name. */
export const DHCP_OPTIONS: readonly DhcpOptionSpec[] = [
  {
    name: "boot-file-name",
    code: 67,
    kind: "text",
    label: "Bootfile Name",
    kea: { name: "boot-file-name", standard: true },
    isc: { name: "bootfile-name", standard: true },
    dnsmasq: "option:bootfile-name",
  },
  {
    name: "interface-mtu",
    code: 26,
    kind: "uint16",
    label: "Interface MTU",
    kea: { name: "interface-mtu", standard: true },
    isc: { name: "interface-mtu", standard: true },
    dnsmasq: "option:mtu",
  },
  {
    name: "tftp-server-address",
    code: 150,
    kind: "ip-list",
    label: "TFTP Server Address",
    kea: { name: "tftp-server-address", standard: false },
    isc: { name: "tftp-server-address", standard: true },
    dnsmasq: "option:tftp-server-address",
  },
  {
    name: "tftp-server-name",
    code: 66,
    kind: "text",
    label: "Boot Server Host Name",
    kea: { name: "tftp-server-name", standard: true },
    isc: { name: "tftp-server-name", standard: true },
    dnsmasq: "option:tftp-server",
  },
  {
    name: "wpad-url",
    code: 252,
    kind: "text",
    label: "WPAD",
    kea: { name: "wpad-url", standard: false },
    isc: { name: "wpad-url", standard: false },
    dnsmasq: "252",
  },
];

const BY_NAME = new Map(DHCP_OPTIONS.map((o) => [o.name, o]));

/**
 * What a text option's value may hold: every DHCP server writes it as bytes into a field of
 * at most 255, and clients read it as ASCII (a host name, a file name, a URL).
 */
const OPTION_TEXT: TextLimits = {
  max: 255,
  unit: "bytes",
  what: "DHCP option text",
  ascii: "DHCP clients read option text as ASCII",
};

/** An option with its value checked and put in the shape its kind needs. */
export interface DhcpOptionValue {
  readonly spec: DhcpOptionSpec;
  /** Text for `text`, decimal for `uint16`, dotted quads for `ip-list`. */
  readonly values: readonly string[];
}

type RawValue = string | number | boolean | readonly (string | number)[];

/** A checked option, or what is wrong with it and whether the name or the value is to blame. */
export type DhcpOptionCheck =
  | { readonly ok: true; readonly value: DhcpOptionValue }
  | { readonly ok: false; readonly message: string; readonly unknownName: boolean };

/** Looks up and checks one `dhcp.options` entry of a VLAN. Never throws. */
export function checkDhcpOption(vlan: string, name: string, raw: RawValue): DhcpOptionCheck {
  const fail = (message: string, unknownName = false): DhcpOptionCheck => ({
    ok: false,
    message,
    unknownName,
  });
  const ok = (value: DhcpOptionValue): DhcpOptionCheck => ({ ok: true, value });
  const where = `VLAN '${vlan}' asks for DHCP option '${name}'`;
  const spec = BY_NAME.get(name);
  if (!spec) {
    const hint = closest(name, BY_NAME.keys());
    const known = DHCP_OPTIONS.map((o) => o.name).join(", ");
    return fail(
      `${where}, which Carrel cannot render${hint ? `; did you mean '${hint}'?` : "."}` +
        ` The options it knows are: ${known}.`,
      true,
    );
  }
  const list = (Array.isArray(raw) ? raw : [raw]).map(String);
  switch (spec.kind) {
    case "text": {
      if (typeof raw !== "string" && typeof raw !== "number")
        return fail(`${where}, which takes one text value`);
      const value = String(raw);
      if (value === "") return fail(`${where} with an empty value; give the text it should carry`);
      const problem = textProblems(value, OPTION_TEXT)[0];
      if (problem !== undefined) return fail(`${where} with a value that ${problem}`);
      return ok({ spec, values: [value] });
    }
    case "uint16": {
      const n = Number(raw);
      if (
        typeof raw === "boolean" ||
        Array.isArray(raw) ||
        !Number.isInteger(n) ||
        n < 0 ||
        n > 65535
      )
        return fail(`${where}, which takes a whole number from 0 to 65535`);
      return ok({ spec, values: [String(n)] });
    }
    case "ip-list": {
      const bad = list.find((v) => parseIp(v) === undefined);
      if (bad !== undefined || list.length === 0 || typeof raw === "boolean")
        return fail(`${where}, which takes IPv4 addresses, but '${bad ?? String(raw)}' is not one`);
      return ok({ spec, values: list });
    }
    default: {
      const unhandled: never = spec.kind;
      throw new Error(`unhandled option kind ${String(unhandled)}`);
    }
  }
}
