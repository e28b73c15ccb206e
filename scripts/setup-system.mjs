// Installs the real software the tests run against (DHCP servers, DNS checker, relay,
// DHCP client, browser) from Debian's packages when any of it is missing.
// Idempotent and quick when everything is present; run by `npm test`.
import { execFileSync, spawnSync } from "node:child_process";

/** Debian package for each command the tests call. */
const NEEDED = {
  "kea-dhcp4": "kea-dhcp4-server",
  dhcpd: "isc-dhcp-server",
  dnsmasq: "dnsmasq-base",
  "named-checkzone": "bind9-utils",
  dhcrelay: "isc-dhcp-relay",
  busybox: "busybox",
  chromium: "chromium",
  ip: "iproute2",
};

const onPath = (cmd) =>
  spawnSync("sh", ["-c", `command -v ${cmd} || test -x /usr/sbin/${cmd}`], { stdio: "ignore" })
    .status === 0;

const missing = [
  ...new Set(
    Object.entries(NEEDED)
      .filter(([cmd]) => !onPath(cmd))
      .map(([, pkg]) => pkg),
  ),
];
if (missing.length === 0) process.exit(0);

if (process.getuid?.() !== 0) {
  console.error(
    `The tests need these Debian packages: ${missing.join(" ")}\n` +
      `Install them with: sudo apt-get install -y ${missing.join(" ")}`,
  );
  process.exit(1);
}
console.log(`Installing test software from Debian: ${missing.join(" ")}`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], {
  stdio: "inherit",
  env,
});
