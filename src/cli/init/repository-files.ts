/**
 * The files of a library's repository that are not the library's data: package.json with
 * Carrel as a versioned dependency, the Pulumi project whose program is Carrel's, the
 * workflows, and small settings files. Nothing of Carrel itself is copied in: `npm ci`
 * installs it, and `carrel upgrade` moves the repository to a newer version.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GeneratedFile } from "../../output/index.ts";
import { carrelPath } from "../../package-root.ts";

/** Carrel's own package.json, the fields a library's repository takes from it. */
interface CarrelPackage {
  readonly version: string;
  readonly devDependencies: Record<string, string>;
  readonly allowScripts?: Record<string, boolean>;
}

/** Carrel's package.json. */
export function carrelPackage(): CarrelPackage {
  return JSON.parse(readFileSync(carrelPath("package.json"), "utf8")) as CarrelPackage;
}

/** Where the Pulumi program is, from a library's repository. */
export const PROGRAM_MAIN = "node_modules/carrel/bin/pulumi.mjs";

/**
 * The npm dependency spec a new repository names Carrel by, when `--carrel` is not given:
 * the spec of the repository `carrel init` runs in (a consortium adding a library uses its
 * own Carrel); else the git remote of a Carrel checkout, at this version's tag; else this
 * version from the registry.
 */
export function defaultCarrelSpec(cwd: string): string {
  const version = carrelPackage().version;
  try {
    const own = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8")) as {
      name?: string;
      dependencies?: Record<string, string>;
    };
    const spec = own.dependencies?.carrel;
    if (own.name !== "carrel" && typeof spec === "string" && !spec.startsWith("file:")) return spec;
  } catch {
    // No package.json here: not inside a library's repository.
  }
  if (existsSync(carrelPath(".git"))) {
    try {
      const remote = execFileSync("git", ["remote", "get-url", "origin"], {
        cwd: carrelPath(),
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }).trim();
      if (/^(https:\/\/|git@|ssh:\/\/)/.test(remote))
        return `${remote.startsWith("https://") ? "git+" : ""}${remote}#v${version}`;
    } catch {
      // A checkout without a remote: fall back to the version.
    }
  }
  return `^${version}`;
}

/** A library repository's package.json: Carrel and the pinned Node, the library's scripts. */
export function libraryPackageJson(name: string, carrelSpec: string): string {
  const own = carrelPackage();
  const pkg = {
    name,
    private: true,
    type: "module",
    // Pulumi runs the program named here; it is Carrel's, inside node_modules.
    main: PROGRAM_MAIN,
    scripts: {
      start: "carrel validate && carrel render && carrel docs",
      test: "carrel validate && carrel render && carrel docs --check",
    },
    dependencies: { carrel: carrelSpec },
    // The Node.js that runs Carrel (npm scripts and npx use it), the same as Carrel's own.
    devDependencies: { node: own.devDependencies.node },
    ...(own.allowScripts ? { allowScripts: own.allowScripts } : {}),
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** The Pulumi project of a library's repository. */
export const PULUMI_YAML = `# The Pulumi project: \`pulumi preview\` / \`pulumi up\` build what the site files describe.
#
# The program is Carrel's own: "main" in package.json names it inside node_modules/carrel,
# so this repository holds only the library's data. "main" stays unset here on purpose:
# the project folder is then the program's working directory (stack setting carrel:site is
# read relative to it) and where Pulumi finds the provider plugins to install.
#
# Keep the name \`carrel\`: it is part of every resource's URN, and a project under another
# name would create everything anew.
name: carrel
description: Infrastructure as code for a public library, with Carrel.
runtime:
  name: nodejs
  options:
    typescript: false
    packagemanager: npm
stackConfigDir: stacks
`;

const GITIGNORE = `node_modules/
out/
.pulumi/
`;

/** Editors with the YAML extension complete site.yaml from Carrel's JSON Schema. */
const VSCODE_SETTINGS = `${JSON.stringify(
  {
    "yaml.schemas": {
      "./node_modules/carrel/schema/site.schema.json": ["site.yaml", "**/site.yaml"],
    },
  },
  null,
  2,
)}\n`;

/** The GitHub workflows, as Carrel ships them (the same files Carrel's repository runs). */
function workflows(): GeneratedFile[] {
  const folder = carrelPath(".github", "workflows");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".yml"))
    .sort()
    .map((name) => ({
      path: `.github/workflows/${name}`,
      content: readFileSync(join(folder, name), "utf8"),
    }));
}

/** Everything of a library's repository besides its site, stacks, runbooks and README. */
export function repositoryFiles(name: string, carrelSpec: string): GeneratedFile[] {
  return [
    { path: "package.json", content: libraryPackageJson(name, carrelSpec) },
    { path: "Pulumi.yaml", content: PULUMI_YAML },
    { path: ".gitignore", content: GITIGNORE },
    { path: ".vscode/settings.json", content: VSCODE_SETTINGS },
    ...workflows(),
  ];
}

/** What the library's own template folder is for (site.yaml names it with `templates:`). */
export const TEMPLATES_README = `# Template overrides

Carrel renders the switch, DHCP and DNS configurations from its own Handlebars templates
(\`node_modules/carrel/templates/\`). A file here with the same path overrides Carrel's: copy
\`node_modules/carrel/templates/switch/arubaos-switch.cfg.hbs\` to
\`templates/switch/arubaos-switch.cfg.hbs\` and change the copy. A new file adds a template.

site.yaml names this folder (\`templates: templates\`). Print every value through the helper
of the file's format (\`{{arubaQuote name}}\`, \`{{keaString name}}\`, \`{{psq name}}\`...), as
Carrel's own templates do; a broken template is reported with its file and line.

After \`carrel upgrade\`, compare your copies with Carrel's new templates: an override keeps
the old text until you change it.
`;
