/**
 * The portable test set-up: distribution detection and package names (Debian, Ubuntu),
 * which profiles AppArmor would enforce on the checkers, how root commands are run, and
 * how the docs tests choose their browser (CARREL_BROWSER, Debian's chromium, Google
 * Chrome or Chromium on PATH, never a snap stub).
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  declaredProfiles,
  enforcedCheckerProfiles,
  loadedProfiles,
} from "../../scripts/lib/apparmor.ts";
import { chooseBrowser } from "../../scripts/lib/browser.ts";
import { BROWSER_PACKAGE, PACKAGES, distributionOf } from "../../scripts/lib/distribution.ts";
import { asRoot, rootAccess } from "../../scripts/lib/privilege.ts";

describe("distributions", () => {
  it("tells Ubuntu (and derivatives) from Debian (and derivatives)", () => {
    expect(distributionOf('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n')).toBe(
      "debian",
    );
    expect(distributionOf('ID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\n')).toBe("ubuntu");
    expect(distributionOf('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe("ubuntu");
    expect(distributionOf("ID=raspbian\nID_LIKE=debian\n")).toBe("debian");
    expect(distributionOf("ID=fedora\n")).toBeUndefined();
  });

  it("has a package for every program the checkers (and the progress test) run, and no apt browser on Ubuntu", () => {
    expect(Object.keys(PACKAGES).sort()).toEqual(
      [
        "busybox",
        "dhcpd",
        "dhcrelay",
        "dnsmasq",
        "ip",
        "kea-dhcp4",
        "named-checkzone",
        "script",
      ].sort(),
    );
    for (const names of Object.values(PACKAGES)) {
      expect(names.debian).toMatch(/^[a-z0-9.+-]+$/);
      expect(names.ubuntu).toMatch(/^[a-z0-9.+-]+$/);
    }
    expect(BROWSER_PACKAGE).toEqual({ debian: "chromium", ubuntu: null });
  });
});

describe("AppArmor and the checkers", () => {
  const DHCPD =
    "#include <tunables/global>\n\n/usr/sbin/dhcpd {\n  /etc/dhcp/ r,\n  /etc/dhcpd{,6}.conf r,\n}\n";
  const KEA = "abi <abi/3.0>,\nprofile kea-dhcp4 /usr/sbin/kea-dhcp4 {\n  /etc/kea/ r,\n}\n";

  it("reads the profile names a file declares", () => {
    expect(declaredProfiles(DHCPD)).toEqual(["/usr/sbin/dhcpd"]);
    expect(declaredProfiles(KEA)).toEqual(["kea-dhcp4"]);
    expect(declaredProfiles("# /usr/sbin/x {\n  /etc/x{,y} r,\n")).toEqual([]);
  });

  it("relaxes only checker profiles the kernel enforces", () => {
    const listing = "/usr/sbin/dhcpd (enforce)\nkea-dhcp4 (complain)\nsnap.x (enforce)\n";
    expect(loadedProfiles(listing).get("kea-dhcp4")).toBe("complain");
    const files: Record<string, string> = { "usr.sbin.dhcpd": DHCPD, "usr.sbin.kea-dhcp4": KEA };
    expect(enforcedCheckerProfiles(listing, (f) => files[f])).toEqual(["usr.sbin.dhcpd"]);
    expect(enforcedCheckerProfiles("kea-dhcp4 (enforce)\n", (f) => files[f])).toEqual([
      "usr.sbin.kea-dhcp4",
    ]);
    expect(enforcedCheckerProfiles("", (f) => files[f])).toEqual([]);
  });
});

describe("root commands", () => {
  it("run directly as root, through sudo -n otherwise, with env as arguments", () => {
    const access = rootAccess();
    if (access === "none") {
      expect(() => asRoot("ip", ["netns", "list"])).toThrow("needs root");
      return;
    }
    const run = asRoot("ip", ["netns", "list"], { A: "1" });
    expect([run.file, ...run.args]).toEqual(
      access === "root"
        ? ["env", "A=1", "ip", "netns", "list"]
        : ["sudo", "-n", "--", "env", "A=1", "ip", "netns", "list"],
    );
    expect(asRoot("true", []).file).toBe(access === "root" ? "true" : "sudo");
  });
});

describe("choosing the docs tests' browser", () => {
  let dir: string;
  const bin = (name: string) => join(dir, name);
  const script = (path: string, body: string) => {
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o755);
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "carrel-browsers-"));
    for (const d of ["debian", "chrome", "ubuntu", "empty"]) mkdirSync(bin(d));
    script(bin("debian/chromium"), 'exec "$0.real" "$@"');
    script(bin("real-chrome"), 'echo "Google Chrome"');
    symlinkSync(bin("real-chrome"), bin("chrome/google-chrome"));
    // Ubuntu's chromium-browser: a stub that only hands over to the snap.
    script(bin("ubuntu/chromium-browser"), 'exec /snap/bin/chromium "$@"');
    writeFileSync(bin("empty/chromium"), "not executable");
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const path = (...dirs: string[]) => dirs.map(bin).join(":");

  it("takes CARREL_BROWSER first, and says when it is not a program", () => {
    const env = { CARREL_BROWSER: bin("real-chrome"), PATH: path("debian") };
    expect(chooseBrowser(env)).toEqual({
      found: { path: bin("real-chrome"), how: "CARREL_BROWSER" },
    });
    expect(chooseBrowser({ CARREL_BROWSER: bin("nope"), PATH: "" })).toMatchObject({
      problem: `CARREL_BROWSER is ${bin("nope")}, which is not an executable file`,
    });
  });

  it("prefers Debian's chromium, then Google Chrome on PATH", () => {
    expect(chooseBrowser({ PATH: path("chrome", "debian") })).toEqual({
      found: { path: bin("debian/chromium"), how: "chromium on PATH" },
    });
    expect(chooseBrowser({ PATH: path("empty", "chrome") })).toEqual({
      found: { path: bin("chrome/google-chrome"), how: "google-chrome on PATH" },
    });
  });

  it("passes over a snap stub and says what to install when nothing else is there", () => {
    const choice = chooseBrowser({ PATH: path("ubuntu", "empty") });
    expect(choice).toMatchObject({
      passedOver: [`${bin("ubuntu/chromium-browser")} (a snap launcher)`],
    });
    expect("problem" in choice && choice.problem).toMatch(
      /^no Chromium-based browser found: install Debian's chromium package or Google Chrome/,
    );
  });
});
