#!/usr/bin/env node
// Entry point of the `carrel` command. The sources are TypeScript run by Node's own
// type stripping, so Carrel needs Node.js 22.18 or newer; `npm` scripts and `npx`
// use the Node 24 that the project pins as a dev dependency.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `carrel needs Node.js 22.18 or newer, but this is ${process.versions.node}.\n` +
      "Run it through npm (npm start, npx carrel ...), which uses the project's own Node.\n",
  );
  process.exit(2);
}
// Node keeps the compiled (and type-stripped) modules in a cache folder (NODE_COMPILE_CACHE,
// else one in the system's temporary folder), which halves start-up after the first run.
// It is Node's own, checked against each file's content; NODE_DISABLE_COMPILE_CACHE=1 turns
// it off, and a folder that cannot be written only means no cache.
const { enableCompileCache } = await import("node:module");
enableCompileCache?.();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
