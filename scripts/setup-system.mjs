// Installs the real software the tests run against when any of it is missing: DHCP
// servers, DNS checker, relay, DHCP client and browser from Debian's packages, and
// actionlint and the vCenter simulator (test/tools/vcsim) built from the Go module proxy
// into .tools/bin.
// Idempotent and quick when everything is present; run by `npm test`.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

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

/** actionlint checks the GitHub workflows; pinned so every machine lints alike. */
const ACTIONLINT = "github.com/rhysd/actionlint/cmd/actionlint@v1.7.12";
const TOOLS = fileURLToPath(new URL("../.tools/bin", import.meta.url));

const onPath = (cmd) =>
  spawnSync("sh", ["-c", `command -v ${cmd} || test -x /usr/sbin/${cmd}`], { stdio: "ignore" })
    .status === 0;

function installDebianPackages() {
  const missing = [
    ...new Set(
      Object.entries(NEEDED)
        .filter(([cmd]) => !onPath(cmd))
        .map(([, pkg]) => pkg),
    ),
  ];
  if (missing.length === 0) return;
  // As root apt-get runs directly; otherwise through sudo when it needs no password.
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
  if (!root && !sudo) {
    console.error(
      `The tests need these Debian packages: ${missing.join(" ")}\n` +
        `Install them with: sudo apt-get install -y ${missing.join(" ")}`,
    );
    process.exit(1);
  }
  console.log(`Installing test software from Debian: ${missing.join(" ")}`);
  const run = (args) =>
    execFileSync(root ? args[0] : "sudo", root ? args.slice(1) : ["-E", ...args], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  run(["apt-get", "update", "-qq"]);
  run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...missing]);
}

/** Go from the machine's PATH, or the usual place of an official Go install. */
function findGo(what) {
  const go = onPath("go") ? "go" : existsSync("/usr/local/go/bin/go") ? "/usr/local/go/bin/go" : "";
  if (!go) {
    console.error(`The tests need Go (1.25 or newer) to build ${what}; install it from go.dev.`);
    process.exit(1);
  }
  return go;
}

function installActionlint() {
  if (existsSync(`${TOOLS}/actionlint`)) return;
  const go = findGo("actionlint");
  console.log("Building actionlint from the Go module proxy into .tools/bin");
  execFileSync(go, ["install", ACTIONLINT], {
    stdio: "inherit",
    env: { ...process.env, GOBIN: TOOLS, GOFLAGS: "-mod=mod" },
  });
}

/** The vCenter simulator the vCenter import is tested against (govmomi's, VPX model). */
const VCSIM = fileURLToPath(new URL("../test/tools/vcsim", import.meta.url));

function installVcsim() {
  if (existsSync(`${TOOLS}/vcsim`)) return;
  const go = findGo("the vCenter simulator");
  console.log("Building the vCenter simulator (govmomi) into .tools/bin");
  execFileSync(go, ["build", "-o", `${TOOLS}/vcsim`, "."], {
    cwd: VCSIM,
    stdio: "inherit",
    env: { ...process.env, GOFLAGS: "-mod=mod" },
  });
}

installDebianPackages();
installActionlint();
installVcsim();
