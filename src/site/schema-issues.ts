/** Turns zod's findings into plain-words issues a technology librarian can act on. */
import type { z } from "zod";
import { error, type Issue, type Path } from "./issue.ts";
import { didYouMean } from "./suggest.ts";

type ZodIssue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** Describes a value found in the file, for "should be a number, but is text 'abc'". */
function describe(input: unknown): string {
  if (input === null) return "empty";
  if (Array.isArray(input)) return "a list";
  switch (typeof input) {
    case "string":
      return `text '${input.length > 40 ? `${input.slice(0, 40)}…` : input}'`;
    case "number":
      if (Number.isNaN(input)) return "not a number (.nan)";
      if (!Number.isFinite(input)) return input > 0 ? "infinite (.inf)" : "minus infinite (-.inf)";
      return `the number ${input}`;
    case "boolean":
      return `${input}`;
    case "object":
      return "a section of keys";
    default:
      return "missing";
  }
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a section of keys (key: value)",
  record: "a section of keys (key: value)",
};

/** Unwraps optional/default/pipe wrappers to the schema that holds the shape. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if (def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in) current = def.in;
    else return current;
  }
}

/** The schema found at a path in the data, if the path follows objects, arrays and records. */
function schemaAt(root: AnySchema, path: Path): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const part of path) {
    if (!current) return undefined;
    const def = unwrap(current)._zod.def as {
      type: string;
      shape?: Record<string, AnySchema>;
      element?: AnySchema;
      valueType?: AnySchema;
    };
    if (def.type === "object") current = def.shape?.[String(part)];
    else if (def.type === "array") current = def.element;
    else if (def.type === "record") current = def.valueType;
    else return undefined;
  }
  return current ? unwrap(current) : undefined;
}

function knownKeys(root: AnySchema, path: Path): string[] {
  const schema = schemaAt(root, path);
  const shape = (schema?._zod.def as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** The largest and smallest whole numbers zod's `int()` allows: never worth showing. */
const SAFE_LIMITS = new Set([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);

function limitOf(iss: ZodIssue): number | undefined {
  if (iss.code === "too_small") return Number((iss as { minimum: unknown }).minimum);
  if (iss.code === "too_big") return Number((iss as { maximum: unknown }).maximum);
  return undefined;
}

function sizeMessage(
  iss: ZodIssue & { code: "too_small" | "too_big" },
  small: boolean,
  input: unknown,
): string {
  const limit = limitOf(iss)!;
  const inclusive = (iss as { inclusive?: boolean }).inclusive !== false;
  switch (iss.origin) {
    case "array":
      return small
        ? `needs at least ${limit} ${limit === 1 ? "entry" : "entries"}`
        : `has more than ${limit} entries`;
    case "string":
      return small && limit === 1
        ? "must not be empty"
        : `must be ${small ? "at least" : "at most"} ${limit} characters`;
    default: {
      // zod's whole-number check carries the limits of exact arithmetic: say it plainly.
      if (SAFE_LIMITS.has(limit)) return small ? "is too far below zero" : "is too large a number";
      if (inclusive) return `must be ${small ? "at least" : "at most"} ${limit}`;
      // `positive()` on a whole number means "at least 1", not "more than 0".
      if (Number.isInteger(limit) && Number.isInteger(input))
        return `must be ${small ? "at least" : "at most"} ${small ? limit + 1 : limit - 1}`;
      return `must be ${small ? "more" : "less"} than ${limit}`;
    }
  }
}

/** One zod issue in plain words; unions are resolved to the branch that fits best. */
function translate(root: AnySchema, data: unknown, iss: ZodIssue, base: Path): Issue[] {
  const path = [...base, ...(iss.path as (string | number)[])];
  const input = valueAt(data, path);
  // A required key that is absent: say so at the section that lacks it.
  if (input === undefined && iss.code !== "unrecognized_keys" && iss.code !== "invalid_union") {
    const key = path[path.length - 1];
    return [error("schema", path.slice(0, -1), `'${String(key)}' is missing; it is required here`)];
  }
  switch (iss.code) {
    case "invalid_type": {
      const expected = EXPECTED[iss.expected] ?? iss.expected;
      return [error("schema", path, `should be ${expected}, but is ${describe(input)}`)];
    }
    case "unrecognized_keys": {
      const known = knownKeys(root, path);
      return iss.keys.map((key) => ({
        ...error(
          "schema",
          [...path, key],
          `unknown key '${key}'${didYouMean(key, known) || `; expected one of: ${known.join(", ")}`}`,
        ),
        atKey: true,
      }));
    }
    case "invalid_value": {
      const values = iss.values.map(String);
      if (values.length === 1) {
        return [error("schema", path, `should be ${values[0]}, but is ${describe(input)}`)];
      }
      return [
        error(
          "schema",
          path,
          `${typeof input === "string" ? `'${input}'` : describe(input)} is not one of: ${values.join(", ")}${typeof input === "string" ? didYouMean(input, values) : ""}`,
        ),
      ];
    }
    case "invalid_key":
      // A key of a section whose keys are names (templates, switch models): say why at the key.
      return iss.issues.map((inner) => ({
        ...error("schema", path, `the name ${inner.message}`),
        atKey: true,
      }));
    case "too_small":
      return [error("schema", path, sizeMessage(iss, true, input))];
    case "too_big":
      return [error("schema", path, sizeMessage(iss, false, input))];
    case "invalid_union": {
      // Prefer the branch whose type matched: its message is about the value, not the type.
      const branches = iss.errors.filter((b) => b.length > 0);
      const fitting = branches.find((b) =>
        b.every((e) => e.code !== "invalid_type" || e.path.length > 0),
      );
      if (fitting) return fitting.flatMap((e) => translate(root, data, e, path));
      const expected = branches
        .map((b) => b[0])
        .filter((e): e is z.core.$ZodIssueInvalidType => e?.code === "invalid_type")
        .map((e) => EXPECTED[e.expected] ?? e.expected);
      return [
        error(
          "schema",
          path,
          `should be ${[...new Set(expected)].join(" or ")}, but is ${describe(input)}`,
        ),
      ];
    }
    default:
      return [error("schema", path, iss.message)];
  }
}

/** Converts zod's issues for `data` into Carrel issues. */
export function schemaIssues(root: AnySchema, data: unknown, issues: readonly ZodIssue[]): Issue[] {
  // A value over a real limit is also over zod's whole-number limit: keep only the real one.
  const key = (iss: ZodIssue) => JSON.stringify(iss.path);
  const bounded = new Set(
    issues.filter((i) => limitOf(i) !== undefined && !SAFE_LIMITS.has(limitOf(i)!)).map(key),
  );
  return issues
    .filter((i) => !(SAFE_LIMITS.has(limitOf(i) ?? 0) && bounded.has(key(i))))
    .flatMap((iss) => translate(root, data, iss, []));
}
