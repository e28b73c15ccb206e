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
