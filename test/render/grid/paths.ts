/**
 * The string-valued paths of a site, found from the site and the schema together: every
 * string in the site, and every optional key the schema allows on its sections that takes
 * text and is absent (once per kind of section: on the first entry of each list). A field
 * added to the schema or the example is walked without changing the grid.
 */
import type { z } from "zod";
import { siteSchema } from "../../../src/site/schema.ts";

type Schema = z.core.$ZodType;
type Def = {
  type: string;
  innerType?: Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
  options?: Schema[];
};

/** One path into the site, and whether the key is there already. */
export interface GridPath {
  readonly path: readonly (string | number)[];
  readonly present: boolean;
}

function unwrap(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as Def;
    if (def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in) current = def.in;
    else return current;
  }
}

function takesText(schema: Schema): boolean {
  const def = unwrap(schema)._zod.def as Def;
  if (def.type === "string" || def.type === "enum") return true;
  return def.type === "union" && (def.options ?? []).some(takesText);
}

/** Every string-valued path of `site` under `schema`. */
export function stringPaths(site: unknown, schema: Schema = siteSchema): GridPath[] {
  const out: GridPath[] = [];
  const walk = (
    value: unknown,
    s: Schema | undefined,
    path: (string | number)[],
    first: boolean,
  ) => {
    if (typeof value === "string") {
      out.push({ path, present: true });
      return;
    }
    const def = s ? (unwrap(s)._zod.def as Def) : undefined;
    if (Array.isArray(value)) {
      const element =
        def?.type === "array" ? def.element : def?.type === "union" ? arrayOption(def) : undefined;
      value.forEach((v, i) => walk(v, element, [...path, i], first && i === 0));
      return;
    }
    if (value === null || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    if (def?.type === "record") {
      for (const [k, v] of Object.entries(record)) walk(v, def.valueType, [...path, k], first);
      return;
    }
    const shape = def?.type === "object" ? (def.shape ?? {}) : {};
    for (const [k, v] of Object.entries(record)) walk(v, shape[k], [...path, k], first);
    if (!first) return;
    for (const [k, field] of Object.entries(shape))
      if (!(k in record) && takesText(field)) out.push({ path: [...path, k], present: false });
  };
  walk(site, schema, [], true);
  return out;
}

function arrayOption(def: Def): Schema | undefined {
  for (const option of def.options ?? []) {
    const d = unwrap(option)._zod.def as Def;
    if (d.type === "array") return d.element;
  }
  return undefined;
}
