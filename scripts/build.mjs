// `npm run build` (npm runs it as `prepare`, on `npm ci` and `npm pack`): the JavaScript an
// installed Carrel runs, in dist/.
//
// esbuild joins Carrel's modules, with zod, yaml, Handlebars and the other small libraries
// they use, into a few files: the `carrel` command (dist/cli/main.js), the Pulumi program
// (dist/pulumi/index.js), the consortium's worker thread, and shared chunks that a command
// loads only when it runs (dist/chunks/). Loading 300 separate modules was a third of
// `carrel validate`'s start-up (the ES module loader, package.json lookups and file stats
// in `node --cpu-prof` of the example site); one bundle leaves that to a few files.
//
// The Pulumi SDKs and the vSphere binding's package stay outside: Pulumi's runtime and its
// mocks must be the one copy in node_modules, and they are loaded only by the program.
// elkjs stays outside as well: one large file the docs load when they draw a diagram.
// Types are not checked here (`npm run check` does that).
import { build } from "esbuild";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

rmSync(`${root}dist`, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: [
    "src/cli/main.ts",
    "src/cli/consortium/worker.ts",
    "src/cli/consortium/worker-body.ts",
    "src/pulumi/index.ts",
  ],
  outbase: "src",
  outdir: "dist",
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node22.18",
  external: ["@pulumi/*", "@carrel/vsphere", "elkjs", "playwright-core"],
  // Handlebars is CommonJS and asks for Node's modules with require(), which an ES module
  // does not have: give each file one.
  banner: {
    js: 'import { createRequire as carrelCreateRequire } from "node:module";\nconst require = carrelCreateRequire(import.meta.url);',
  },
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
});

// The licences of the libraries inside the bundle travel with it, as their licences ask.
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.add(m[1]);
}
const notices = [...packages].sort().map((name) => {
  const folder = `${root}node_modules/${name}`;
  const { version, license } = JSON.parse(readFileSync(`${folder}/package.json`, "utf8"));
  const file = readdirSync(folder).find((f) => /^(?:licen[cs]e|copying)(?:\.|$)/i.test(f));
  const text =
    file && existsSync(`${folder}/${file}`) ? readFileSync(`${folder}/${file}`, "utf8") : "";
  return `${name} ${version} (${license})\n\n${text.trim()}\n`;
});
writeFileSync(
  `${root}dist/THIRD-PARTY-LICENSES.txt`,
  "Libraries bundled into Carrel's dist/ files, with their licences.\n\n" +
    notices.join(`\n${"-".repeat(72)}\n\n`),
);
