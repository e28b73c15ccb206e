/**
 * Prints, as JSON, the URN of every resource a Pulumi program registers under mocks, run as
 * `pulumi up` runs it: from a project folder, the program named by its package.json `main`,
 * with the Pulumi SDK that folder's program resolves, the project name from its
 * Pulumi.yaml, and the site file in that folder.
 *
 *   node test/package/urns.ts PROJECT_FOLDER [SITE_FILE]
 *
 * A child process of the packaging test: the installed program must meet the mocks in its
 * own copy of the SDK, which this process loads from the project folder.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { carrelMocks, MOCK_CONFIG } from "../pulumi/mocks.ts";

type Callback = (err: unknown, response: unknown) => void;

const folder = resolve(process.argv[2] ?? ".");
const site = resolve(process.argv[3] ?? join(folder, "site.yaml"));
process.chdir(folder);
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { main: string };
const project = (parse(readFileSync("Pulumi.yaml", "utf8")) as { name: string }).name;
const sdk = createRequire(join(folder, pkg.main));
const pulumi = sdk("@pulumi/pulumi") as typeof import("@pulumi/pulumi");
const { MockMonitor } = sdk(
  "@pulumi/pulumi/runtime/mocks.js",
) as typeof import("@pulumi/pulumi/runtime/mocks.js");

const urns: string[] = [];
class Recorder extends MockMonitor {
  override registerResource(req: unknown, callback: Callback): Promise<void> {
    return super.registerResource(req, (err: unknown, response: unknown) => {
      if (!err) urns.push((response as { getUrn(): string }).getUrn());
      callback(err, response);
    });
  }
}

pulumi.runtime.setMockOptions(new Recorder(carrelMocks()), project, "test", false);
const config = { ...MOCK_CONFIG, site };
pulumi.runtime.setAllConfig(
  Object.fromEntries(Object.entries(config).map(([k, v]) => [`carrel:${k}`, v])),
);
const program = (await import(pathToFileURL(resolve(pkg.main)).href)) as {
  default: () => Promise<unknown>;
};
await pulumi.runtime.runInPulumiStack(() => program.default());
await pulumi.runtime.disconnect();
process.stdout.write(`${JSON.stringify(urns.sort())}\n`);
