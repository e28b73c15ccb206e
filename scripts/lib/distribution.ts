/**
 * The machine's Linux distribution and the package that provides each program the tests
 * run. Debian 12 and Ubuntu 24.04 (GitHub's ubuntu-latest) use the same names for the
 * DHCP, DNS and network software; they differ for the browser: Ubuntu's chromium is a
 * stub for a snap, so there the tests use Google Chrome (preinstalled on GitHub's runners).
 */
import { existsSync, readFileSync } from "node:fs";

/** A distribution the set-up knows the package names of. */
export type Distribution = "debian" | "ubuntu";

/** The package providing each program, per distribution; `null` when apt cannot provide it. */
export const PACKAGES: Readonly<Record<string, Readonly<Record<Distribution, string | null>>>> = {
  // Ubuntu: kea, dnsmasq-base, bind9-utils and iproute2 are in main; isc-dhcp-server,
  // isc-dhcp-relay and busybox in universe (enabled on GitHub's runners).
  "kea-dhcp4": { debian: "kea-dhcp4-server", ubuntu: "kea-dhcp4-server" },
  dhcpd: { debian: "isc-dhcp-server", ubuntu: "isc-dhcp-server" },
  dnsmasq: { debian: "dnsmasq-base", ubuntu: "dnsmasq-base" },
  "named-checkzone": { debian: "bind9-utils", ubuntu: "bind9-utils" },
  dhcrelay: { debian: "isc-dhcp-relay", ubuntu: "isc-dhcp-relay" },
  busybox: { debian: "busybox", ubuntu: "busybox" },
  ip: { debian: "iproute2", ubuntu: "iproute2" },
  // script gives the progress test a pseudo-terminal (essential, so almost always there).
  script: { debian: "bsdutils", ubuntu: "bsdutils" },
};

/** The browser package, when the distribution's apt has a real one. */
export const BROWSER_PACKAGE: Readonly<Record<Distribution, string | null>> = {
  debian: "chromium",
  ubuntu: null,
};

/**
 * The distribution described by an os-release file's text: Ubuntu and its derivatives
 * (ID or ID_LIKE naming ubuntu) before Debian and its derivatives; undefined otherwise.
 */
export function distributionOf(osRelease: string): Distribution | undefined {
  const field = (name: string) =>
    (new RegExp(`^${name}=(.*)$`, "m").exec(osRelease)?.[1] ?? "")
      .replace(/^["']|["']$/g, "")
      .toLowerCase()
      .split(/\s+/);
  const ids = [...field("ID"), ...field("ID_LIKE")];
  if (ids.includes("ubuntu")) return "ubuntu";
  if (ids.includes("debian")) return "debian";
  return undefined;
}

/** This machine's distribution, from /etc/os-release. */
export function thisDistribution(): Distribution | undefined {
  const file = ["/etc/os-release", "/usr/lib/os-release"].find((f) => existsSync(f));
  return file ? distributionOf(readFileSync(file, "utf8")) : undefined;
}

/** The human name of a distribution, for messages. */
export function distributionName(distribution: Distribution): string {
  switch (distribution) {
    case "debian":
      return "Debian";
    case "ubuntu":
      return "Ubuntu";
    default: {
      const unhandled: never = distribution;
      return String(unhandled);
    }
  }
}
