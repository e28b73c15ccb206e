// Installs the real software the tests run against when any of it is missing: DHCP
// servers, DNS checker, relay, DHCP client and browser from the distribution's packages
// (Debian or Ubuntu), and actionlint and the vCenter simulator (test/tools/vcsim) built
// from the Go module proxy into .tools/bin.
// As root it installs directly, as another user through passwordless sudo (a GitHub
// runner); without either it prints the command to run. Idempotent and quick when
// everything is present; run by `npm test` (with the project's Node 24, which also
// runs the TypeScript modules imported here).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  APPARMOR_DIR,
  LOADED_PROFILES,
  appArmorEnabled,
  enforcedCheckerProfiles,
  readInstalledProfile,
} from "./lib/apparmor.ts";
import { chooseBrowser } from "./lib/browser.ts";
import {
  BROWSER_PACKAGE,
  PACKAGES,
  distributionName,
  thisDistribution,
} from "./lib/distribution.ts";
import { asRoot, rootAccess } from "./lib/privilege.ts";

/** actionlint checks the GitHub workflows; pinned so every machine lints alike. */
const ACTIONLINT = "github.com/rhysd/actionlint/cmd/actionlint@v1.7.12";
const TOOLS = fileURLToPath(new URL("../.tools/bin", import.meta.url));

const onPath = (cmd) =>
  spawnSync("sh", ["-c", `command -v ${cmd} || test -x /usr/sbin/${cmd}`], { stdio: "ignore" })
    .status === 0;

/** Stops the set-up with a message and what to do; nothing is half-installed. */
function stop(message) {
  console.error(message);
  process.exit(1);
}

/** Runs a command as root (directly or through sudo), showing its output. */
function runAsRoot(command, args, env = {}) {
  const { file, args: full } = asRoot(command, args, env);
  execFileSync(file, full, { stdio: "inherit" });
}

/** The packages this machine lacks, and what cannot be installed from its packages. */
function missingPackages(distribution) {
  const packages = new Set();
  const unavailable = [];
  for (const [cmd, names] of Object.entries(PACKAGES))
    if (!onPath(cmd)) {
      const name = distribution ? names[distribution] : undefined;
      if (name) packages.add(name);
      else unavailable.push(cmd);
    }
  const browser = chooseBrowser();
  if ("problem" in browser) {
    // A CARREL_BROWSER that is wrong is the user's to fix; installing Chromium would hide it.
    const name =
      distribution && !process.env.CARREL_BROWSER ? BROWSER_PACKAGE[distribution] : undefined;
    if (name) packages.add(name);
    else unavailable.push(`a browser: ${browser.problem}`);
  }
  return { packages: [...packages], unavailable };
}

function installPackages() {
  const distribution = thisDistribution();
  const { packages, unavailable } = missingPackages(distribution);
  if (unavailable.length > 0)
    stop(
      `The tests need software this set-up cannot install on ` +
        `${distribution ? distributionName(distribution) : "this system"}:\n` +
        unavailable.map((u) => `  - ${u}`).join("\n"),
    );
  if (packages.length === 0) return;
  const apt = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...packages];
  if (rootAccess() === "none")
    stop(
      `The tests need these ${distributionName(distribution)} packages: ${packages.join(" ")}\n` +
        `Install them with: sudo ${apt.join(" ")}`,
    );
  console.log(
    `Installing test software from ${distributionName(distribution)}: ${packages.join(" ")}`,
  );
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  runAsRoot("apt-get", ["update", "-qq"], env);
  try {
    runAsRoot(apt[0], apt.slice(1), env);
  } catch {
    stop(
      distribution === "ubuntu"
        ? "apt-get could not install them; isc-dhcp-server, isc-dhcp-relay and busybox are in " +
            "Ubuntu's universe component: sudo add-apt-repository universe"
        : "apt-get could not install them (see its message above)",
    );
  }
}

/** Lets dhcpd and Kea read the tests' temporary files where AppArmor would refuse. */
function relaxAppArmor() {
  if (!appArmorEnabled()) return;
  if (rootAccess() === "none") {
    console.warn(
      "AppArmor is on: if dhcpd or Kea report 'Permission denied' on temporary files, run " +
        `as root: apparmor_parser -r -C ${APPARMOR_DIR}/usr.sbin.dhcpd (and usr.sbin.kea-dhcp4)`,
    );
    return;
  }
  const { file, args } = asRoot("cat", [LOADED_PROFILES]);
  const listing = spawnSync(file, args, { encoding: "utf8" }).stdout ?? "";
  const enforced = enforcedCheckerProfiles(listing, readInstalledProfile);
  if (enforced.length === 0) return;
  console.log(
    `AppArmor: complain mode until the next reboot for ${enforced.join(", ")}, ` +
      "so the checkers may read the tests' temporary files",
  );
  for (const profile of enforced)
    runAsRoot("apparmor_parser", ["-r", "-C", `${APPARMOR_DIR}/${profile}`]);
}

/** Go from the machine's PATH, or the usual place of an official Go install. */
function findGo(what) {
  const go = onPath("go") ? "go" : existsSync("/usr/local/go/bin/go") ? "/usr/local/go/bin/go" : "";
  // GitHub's runners link their default Go into /usr/bin.
  if (!go) stop(`The tests need Go (1.25 or newer) to build ${what}; install it from go.dev.`);
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

installPackages();
relaxAppArmor();
installActionlint();
installVcsim();
