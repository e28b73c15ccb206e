/**
 * Conformance of Carrel's vSphere module to the real provider schema (vsphere 4.17.0):
 * every type token and input property it can send exists with the right type, required
 * inputs are required, and what the program really sends stays inside that description.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type MockRun } from "./mocks.ts";
import {
  PLUGIN_VERSION,
  VSPHERE_MANIFEST,
  type PropType,
  type PropsSpec,
} from "../../src/vsphere/index.ts";
import { SITES, runSite } from "./helpers.ts";

interface SchemaProp {
  type?: string;
  items?: SchemaProp;
  $ref?: string;
  additionalProperties?: SchemaProp;
}
interface SchemaObject {
  properties?: Record<string, SchemaProp>;
  required?: string[];
}
interface Schema {
  provider: { inputProperties: Record<string, SchemaProp>; requiredInputs?: string[] };
  resources: Record<
    string,
    {
      inputProperties: Record<string, SchemaProp>;
      requiredInputs?: string[];
      properties: Record<string, SchemaProp>;
    }
  >;
  functions: Record<string, { inputs?: SchemaObject; outputs: SchemaObject }>;
  types: Record<string, SchemaObject>;
}

const schema = JSON.parse(
  readFileSync(new URL("../fixtures/vsphere/schema.json", import.meta.url), "utf8"),
) as Schema;

/** Differences between a spec and the schema's properties, as readable lines. */
function compare(
  where: string,
  spec: PropsSpec<object>,
  props: Record<string, SchemaProp>,
  required: readonly string[],
): string[] {
  const problems: string[] = [];
  const entries = Object.entries(spec) as [string, { type: PropType; required: boolean }][];
  for (const [name, prop] of entries) {
    const actual = props[name];
    if (!actual) {
      problems.push(`${where}.${name} is not in the schema`);
      continue;
    }
    problems.push(...compareType(`${where}.${name}`, prop.type, actual));
    if (prop.required !== required.includes(name))
      problems.push(`${where}.${name} required=${prop.required}, schema says ${!prop.required}`);
  }
  for (const name of required)
    if (!(name in spec)) problems.push(`${where}.${name} is required by the schema but not sent`);
  return problems;
}

function compareType(where: string, type: PropType, actual: SchemaProp): string[] {
  if (typeof type === "string")
    return actual.type === type
      ? []
      : [`${where} is ${type}, schema says ${actual.type ?? actual.$ref}`];
  if ("array" in type)
    return actual.type === "array" && actual.items
      ? compareType(`${where}[]`, type.array, actual.items)
      : [`${where} is an array, schema says ${actual.type}`];
  const ref = `#/types/${type.ref}`;
  if (actual.$ref !== ref) return [`${where} is ${ref}, schema says ${actual.$ref ?? actual.type}`];
  const target = schema.types[type.ref];
  if (!target) return [`${where}: type ${type.ref} is not in the schema`];
  return compare(where, type.props, target.properties ?? {}, target.required ?? []);
}

describe("given the vSphere module's description of itself", () => {
  it("then the provider's configuration properties exist with the right types", () => {
    expect(VSPHERE_MANIFEST.provider.token).toBe("pulumi:providers:vsphere");
    expect(
      compare(
        "provider",
        VSPHERE_MANIFEST.provider.inputs,
        schema.provider.inputProperties,
        schema.provider.requiredInputs ?? [],
      ),
    ).toEqual([]);
  });

  for (const resource of VSPHERE_MANIFEST.resources) {
    it(`then ${resource.token} matches the schema`, () => {
      const actual = schema.resources[resource.token];
      expect(actual, "type token").toBeDefined();
      expect(
        compare(
          resource.token,
          resource.inputs,
          actual!.inputProperties,
          actual!.requiredInputs ?? [],
        ),
      ).toEqual([]);
      for (const output of resource.outputs)
        expect(Object.keys(actual!.properties)).toContain(output);
    });
  }

  for (const fn of VSPHERE_MANIFEST.functions) {
    it(`then ${fn.token} matches the schema`, () => {
      const actual = schema.functions[fn.token];
      expect(actual, "function token").toBeDefined();
      expect(
        compare(
          fn.token,
          fn.inputs,
          actual!.inputs?.properties ?? {},
          actual!.inputs?.required ?? [],
        ),
      ).toEqual([]);
      for (const output of fn.outputs)
        expect(Object.keys(actual!.outputs.properties ?? {})).toContain(output);
    });
  }

  it("then the plugin is declared the way the Node.js language host finds it", () => {
    const pkg = JSON.parse(readFileSync("src/vsphere/package.json", "utf8")) as {
      pulumi: { resource: boolean; name: string; version: string };
    };
    expect(pkg.pulumi).toEqual({ resource: true, name: "vsphere", version: PLUGIN_VERSION });
    expect(PLUGIN_VERSION).toBe("4.17.0");
  });
});

describe("given what the program really sends for the example and no-Azure sites", () => {
  const runs: MockRun[] = [];
  beforeAll(async () => {
    runs.push(await runSite(SITES.example), await runSite(SITES.noAzure));
  });

  /** Properties sent that the spec does not describe. */
  function undescribed(where: string, value: unknown, spec: PropsSpec<object>): string[] {
    if (value === null || typeof value !== "object") return [];
    const specs = spec as Record<string, { type: PropType }>;
    return Object.entries(value).flatMap(([key, v]) => {
      const prop = specs[key];
      if (!prop) return v === undefined ? [] : [`${where}.${key}`];
      return inside(`${where}.${key}`, v, prop.type);
    });
  }

  function inside(where: string, value: unknown, type: PropType): string[] {
    if (typeof type === "string") {
      const ok =
        type === "integer"
          ? Number.isInteger(value)
          : type === "object"
            ? typeof value === "object"
            : typeof value === type;
      return ok ? [] : [`${where}: ${JSON.stringify(value)} is not ${type}`];
    }
    if ("array" in type)
      return Array.isArray(value)
        ? value.flatMap((v, i) => inside(`${where}[${i}]`, v, type.array))
        : [`${where} is not an array`];
    return undescribed(where, value, type.props);
  }

  it("then every vSphere resource's inputs are inside its described properties and types", () => {
    const specs = new Map(VSPHERE_MANIFEST.resources.map((r) => [r.token, r]));
    const sent = runs.flatMap((run) =>
      run.registrations.filter((r) => r.type.startsWith("vsphere:")),
    );
    expect(sent.length).toBeGreaterThan(40);
    for (const r of sent) {
      const spec = specs.get(r.type);
      expect(spec, r.type).toBeDefined();
      expect(undescribed(`${r.type} ${r.name}`, r.inputs, spec!.inputs)).toEqual([]);
      expect(r.version, `${r.type} ${r.name}`).toBe(PLUGIN_VERSION);
    }
  });

  it("then every vSphere lookup is a described function with the pinned version", () => {
    const specs = new Map(VSPHERE_MANIFEST.functions.map((f) => [f.token, f]));
    const calls = runs.flatMap((run) => run.calls.filter((c) => c.token.startsWith("vsphere:")));
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) {
      const spec = specs.get(c.token);
      expect(spec, c.token).toBeDefined();
      expect(undescribed(c.token, c.inputs, spec!.inputs)).toEqual([]);
      expect(c.version).toBe(PLUGIN_VERSION);
    }
  });

  it("then the provider is registered under the provider's token with the pinned version", () => {
    const providers = runs.flatMap((run) =>
      run.registrations.filter((r) => r.type === "pulumi:providers:vsphere"),
    );
    expect(providers).toHaveLength(2);
    for (const p of providers) {
      expect(p.version).toBe(PLUGIN_VERSION);
      expect(
        Object.keys(p.inputs)
          .filter((k) => p.inputs[k] !== undefined)
          .sort(),
      ).toEqual(
        Object.keys(VSPHERE_MANIFEST.provider.inputs)
          .filter((k) => k in p.inputs)
          .sort(),
      );
    }
  });
});
