/**
 * AppArmor and the test checkers. Debian and Ubuntu confine dhcpd and Kea (and, where
 * its profile is installed, dnsmasq) to their own folders under /etc and /var; the tests
 * run them on files in the temporary folder, which an enforcing profile refuses
 * ("Permission denied"), as on GitHub's Ubuntu runners. The set-up switches those
 * profiles, and only those, to complain mode (allowed, logged) until the next reboot.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Profile files of the programs the tests run on temporary files. */
export const CHECKER_PROFILES = [
  "usr.sbin.dhcpd",
  "usr.sbin.kea-dhcp4",
  "usr.sbin.kea-lfc",
  "usr.sbin.dnsmasq",
  "usr.sbin.dhcrelay",
] as const;

/** Where the profiles are kept and where the kernel lists the loaded ones. */
export const APPARMOR_DIR = "/etc/apparmor.d";
export const LOADED_PROFILES = "/sys/kernel/security/apparmor/profiles";
const ENABLED = "/sys/module/apparmor/parameters/enabled";

/** True when the kernel enforces AppArmor at all. */
export function appArmorEnabled(): boolean {
  return existsSync(ENABLED) && readFileSync(ENABLED, "utf8").trim() === "Y";
}

/** The profile names a profile file declares (`profile NAME ...` or `/path/to/binary ... {`). */
export function declaredProfiles(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split("\n")) {
    const match = /^\s*(?:profile\s+(\S+)|(\/\S+))[^#{]*\{\s*(?:#.*)?$/.exec(line);
    const name = match?.[1] ?? match?.[2];
    if (name !== undefined) names.push(name);
  }
  return names;
}

/** The kernel's list of loaded profiles (`NAME (MODE)` per line) as name → mode. */
export function loadedProfiles(listing: string): Map<string, string> {
  const modes = new Map<string, string>();
  for (const line of listing.split("\n")) {
    const match = /^(.*\S)\s+\((\w+)\)\s*$/.exec(line);
    if (match) modes.set(match[1]!, match[2]!);
  }
  return modes;
}

/**
 * The profile files among CHECKER_PROFILES that are loaded in enforce mode, given the
 * kernel's listing and a reader of profile files (by file name under APPARMOR_DIR).
 */
export function enforcedCheckerProfiles(
  listing: string,
  readProfile: (file: string) => string | undefined,
): string[] {
  const loaded = loadedProfiles(listing);
  return CHECKER_PROFILES.filter((file) => {
    const text = readProfile(file);
    return text !== undefined && declaredProfiles(text).some((n) => loaded.get(n) === "enforce");
  });
}

/** Reads a profile file under APPARMOR_DIR, or undefined when it is not installed. */
export function readInstalledProfile(file: string): string | undefined {
  const path = join(APPARMOR_DIR, file);
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}
