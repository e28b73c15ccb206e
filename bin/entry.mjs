// Which of Carrel's two layouts this copy runs from, for the `carrel` command (carrel.mjs)
// and the Pulumi program (pulumi.mjs).
//
// In its own repository Carrel runs its TypeScript sources (src/) directly, through Node's
// type stripping: an edit takes effect at once, with no build to forget. Installed as a
// package (under node_modules), it runs the JavaScript that `npm run build` bundled into
// dist/ (npm runs it as the `prepare` script, so `npm pack` ships it and a git URL install
// builds it): Node refuses to strip types from files under node_modules, and a few bundled
// files load much faster than Carrel's hundreds of modules (scripts/build.mjs).
import { existsSync } from "node:fs";
import * as nodeModule from "node:module";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** Stops with a plain message, without a stack trace. */
function stop(message) {
  process.stderr.write(message);
  process.exit(2);
}

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  stop(
    `carrel needs Node.js 22.18 or newer, but this is ${process.versions.node}.\n` +
      "Run it through npm (npm start, npx carrel ...), which uses the project's own Node.\n",
  );
}

/**
 * The V8 settings Carrel's longer commands run with: a young generation of 16 MB
 * semi-spaces. On a machine with memory to spare Node grows it to 64 MB semi-spaces (128 MB
 * resident) as a server would; Carrel's objects mostly die within one page or one file, so
 * the larger nursery bought no time and cost a third of the peak memory of `carrel docs` on
 * a city-sized site (bench: ~400 MB at Node's default, ~300 MB at 16; CPU within noise).
 */
export const NODE_FLAGS = ["--max-semi-space-size=16"];

/** The commands that build much in memory: the ones worth a second start of Node. */
const LONG_RUNS = new Set(["render", "docs", "diff", "drift", "audit"]);

/**
 * Starts this same command again, in this same process, with `NODE_FLAGS`, when `args` is
 * a long run and Node was not started with them (nor with a semi-space size of the user's
 * own). It costs one more start of Node, ~35 ms. Where Node cannot replace its process
 * (Windows) the command runs on with Node's own settings.
 */
export function withNodeFlags(args) {
  if (!LONG_RUNS.has(args[0]) || typeof process.execve !== "function") return;
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  if (given.some((flag) => flag.startsWith("--max-semi-space-size"))) return;
  try {
    process.execve(
      process.execPath,
      [process.execPath, ...process.execArgv, ...NODE_FLAGS, ...process.argv.slice(1)],
      process.env,
    );
  } catch {
    // Not replaced (Windows and IBM i refuse; an exec can fail): run on as started.
  }
}

// Node keeps the compiled form of each module on disk (its temporary folder) and reuses it
// on the next run: a third of the start-up time of a command such as `carrel validate`.
nodeModule.enableCompileCache?.();

/** Whether this copy of Carrel is an installed package rather than its own repository. */
export const installed = root.split(sep).includes("node_modules");

/**
 * The URL of one of Carrel's modules, named by its path under src/ without extension
 * (`cli/main`): the source in Carrel's repository, the compiled file when installed.
 */
export function carrelModule(path) {
  if (!installed) return new URL(`../src/${path}.ts`, import.meta.url).href;
  const compiled = join(root, "dist", `${path}.js`);
  if (!existsSync(compiled))
    stop(
      `Carrel's compiled JavaScript is missing (${compiled}).\n` +
        "Install Carrel again (npm ci); npm builds it when Carrel comes from a git URL, " +
        "and the package tarball ships it.\n",
    );
  return new URL(`../dist/${path}.js`, import.meta.url).href;
}
