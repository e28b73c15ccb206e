/**
 * The account the rehearsal's steps run as: like the `runner` user of a GitHub-hosted
 * runner, unprivileged with passwordless sudo. Run as root, the rehearsal creates
 * `carrel-runner` (once; it stays, with its npm and Go caches) and a sudoers.d entry for
 * it, and switches to it with runuser; run as anyone else, the steps run as that user.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { delimiter } from "node:path";
import { userInfo } from "node:os";
import { thisDistribution } from "../lib/distribution.ts";
import type { Invocation } from "../lib/privilege.ts";

/** Who runs the steps. */
export interface RunnerAccount {
  readonly name: string;
  readonly home: string;
  /** True when the rehearsal is root and switches to the account for every step. */
  readonly switches: boolean;
  /** Whether `sudo -n` works for the account. */
  readonly sudo: boolean;
}

/** The account created when the rehearsal runs as root. */
export const RUNNER_USER = "carrel-runner";

/** Programs a GitHub runner image has that the workflows or the rehearsal use. */
const IMAGE_TOOLS: Record<string, string> = {
  sudo: "sudo",
  jq: "jq",
  git: "git",
  runuser: "util-linux",
};

const has = (cmd: string) =>
  spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

const quiet = (file: string, args: string[]) =>
  execFileSync(file, args, { stdio: ["ignore", "ignore", "inherit"] });

/** Installs what a runner image would have and this machine lacks (root only). */
function installImageTools(log: (line: string) => void): void {
  const missing = [
    ...new Set(
      Object.entries(IMAGE_TOOLS)
        .filter(([c]) => !has(c))
        .map(([, p]) => p),
    ),
  ];
  if (missing.length === 0) return;
  if (thisDistribution() === undefined)
    throw new Error(`install ${missing.join(", ")}: a GitHub runner has them`);
  log(`Installing what a GitHub runner image has: ${missing.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], {
    stdio: "inherit",
    env,
  });
}

function homeOf(name: string): string {
  const entry = execFileSync("getent", ["passwd", name], { encoding: "utf8" }).trim();
  return entry.split(":")[5] ?? `/home/${name}`;
}

/** Sets the runner account up (as root) or describes the current user (otherwise). */
export function prepareRunnerAccount(log: (line: string) => void): RunnerAccount {
  if (process.getuid?.() !== 0) {
    const me = userInfo();
    const sudo = spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
    return { name: me.username, home: me.homedir, switches: false, sudo };
  }
  installImageTools(log);
  if (spawnSync("id", [RUNNER_USER], { stdio: "ignore" }).status !== 0) {
    log(`Creating the unprivileged user ${RUNNER_USER} (as GitHub's runner user)`);
    quiet("useradd", [
      "--create-home",
      "--shell",
      "/bin/bash",
      "--comment",
      "Carrel CI rehearsal",
      RUNNER_USER,
    ]);
  }
  const sudoers = `/etc/sudoers.d/${RUNNER_USER}`;
  if (!existsSync(sudoers)) {
    log(`Giving ${RUNNER_USER} passwordless sudo (${sudoers})`);
    writeFileSync(sudoers, `${RUNNER_USER} ALL=(ALL) NOPASSWD:ALL\n`, { mode: 0o440 });
    quiet("visudo", ["-c", "-q", "-f", sudoers]);
  }
  const sudo =
    spawnSync("runuser", ["-u", RUNNER_USER, "--", "sudo", "-n", "true"], { stdio: "ignore" })
      .status === 0;
  return { name: RUNNER_USER, home: homeOf(RUNNER_USER), switches: true, sudo };
}

/** Makes a file or folder (and everything in it) the account's. */
export function giveTo(account: RunnerAccount, path: string): void {
  if (account.switches) quiet("chown", ["-R", `${account.name}:`, path]);
}

/**
 * The invocation that runs `file args` as the account with exactly `env` as its
 * environment (nothing of the rehearsal's own environment leaks into a step).
 */
export function asAccount(
  account: RunnerAccount,
  file: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): Invocation {
  const assignments = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  const prefix = account.switches ? ["runuser", "-u", account.name, "--"] : [];
  const [first, ...rest] = [...prefix, "env", "-i", ...assignments, file, ...args];
  return { file: first!, args: rest };
}

/** Machine settings a step keeps: locale, proxies, CA certificates, package registries. */
const MACHINE =
  /^(LANG|LANGUAGE|LC_\w+|TZ|TERM|NO_COLOR|FORCE_COLOR|(http|https|ftp|no|all)_proxy|(HTTP|HTTPS|FTP|NO|ALL)_PROXY|NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|CURL_CA_BUNDLE|REQUESTS_CA_BUNDLE|GIT_SSL_CAINFO|GOPROXY|GOSUMDB|GONOSUMDB|GOPRIVATE|GOTOOLCHAIN|npm_config_registry|NPM_CONFIG_REGISTRY|CARREL_BROWSER)$/;

/**
 * The environment a step starts from: the account's HOME/USER/SHELL, a PATH without any
 * project's node_modules/.bin (the machine's own Node must do, as after setup-node is
 * skipped) and without folders of the rehearsal's own user, and the machine's settings.
 */
export function baseEnv(
  account: RunnerAccount,
  machine: NodeJS.ProcessEnv,
): Record<string, string> {
  const ownHome = userInfo().homedir;
  const standard = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];
  const kept = (machine.PATH ?? "")
    .split(delimiter)
    .filter((dir) => dir !== "" && !dir.includes("node_modules"))
    .filter((dir) => !account.switches || !(dir === ownHome || dir.startsWith(`${ownHome}/`)));
  const path = [...new Set([`${account.home}/.local/bin`, ...kept, ...standard])];
  const settings = Object.entries(machine).filter(
    (e): e is [string, string] => MACHINE.test(e[0]) && e[1] !== undefined,
  );
  return {
    ...Object.fromEntries(settings),
    HOME: account.home,
    USER: account.name,
    LOGNAME: account.name,
    SHELL: "/bin/bash",
    PATH: path.join(delimiter),
  };
}
