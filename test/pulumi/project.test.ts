/**
 * The Pulumi project files: the runtime loads the TypeScript entry without ts-node, the
 * example stack config holds no secrets, and with its secrets set it is all the example
 * site needs.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { MOCK_CONFIG } from "./mocks.ts";
import { CONFIG_KEYS, SECRET_KEYS } from "../../src/pulumi/settings.ts";
import { SITES, runSite } from "./helpers.ts";

const project = parse(readFileSync("Pulumi.yaml", "utf8")) as {
  name: string;
  runtime: { name: string; options: Record<string, unknown> };
  stackConfigDir: string;
  main?: string;
};
const stackText = readFileSync("stacks/Pulumi.example.yaml", "utf8");
const stack = parse(stackText) as { config: Record<string, unknown> };

describe("given Pulumi.yaml", () => {
  it("then it is the carrel Node.js project with stacks in stacks/ and no ts-node", () => {
    expect(project.name).toBe("carrel");
    expect(project.runtime.name).toBe("nodejs");
    expect(project.runtime.options.typescript).toBe(false);
    expect(project.stackConfigDir).toBe("stacks");
    // The project folder stays the program folder, where plugins are discovered.
    expect(project.main).toBeUndefined();
  });

  it("then the entry module's default export is the program", async () => {
    const entry = (await import("../../src/pulumi/index.ts")) as { default: unknown };
    expect(typeof entry.default).toBe("function");
  });
});

describe("given the example stack config", () => {
  it("then it holds no secret values, only the commands to set them", () => {
    for (const key of SECRET_KEYS) {
      expect(stack.config[`carrel:${key}`]).toBeUndefined();
      expect(stackText).toContain(`pulumi config set --secret carrel:${key}`);
      expect(stackText).not.toContain(MOCK_CONFIG[key]!);
    }
    expect(stackText).not.toMatch(/secure:/);
  });

  it("when its secrets are set, then the example site runs with it", async () => {
    const plain = Object.fromEntries(
      Object.entries(stack.config)
        .filter(([k]) => k.startsWith("carrel:"))
        .map(([k, v]) => [k.slice("carrel:".length), String(v)]),
    );
    expect(plain[CONFIG_KEYS.site]).toBe("site.yaml");
    const secrets = Object.fromEntries(SECRET_KEYS.map((k) => [k, MOCK_CONFIG[k]!]));
    const run = await runSite(SITES.example, { config: { ...plain, ...secrets } });
    expect(run.error).toBeUndefined();
  });
});
