/**
 * A job's `strategy.matrix` expanded into the combinations GitHub runs: every
 * combination of the lists, minus `exclude`, then `include` entries added to the
 * combinations they match or run as combinations of their own.
 */
import type { ExpressionContext, Value } from "./expressions.ts";
import { evaluateValue } from "./templates.ts";

/** One combination: matrix key → value. */
export type Combination = Record<string, Value>;

const isMap = (v: Value): v is { [key: string]: Value } =>
  v !== null && typeof v === "object" && !Array.isArray(v);

const sameValue = (a: Value, b: Value) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The combinations of a matrix (evaluated with `ctx`, so fromJSON of a needed job's
 * output works); a job without a matrix runs once, with an empty combination.
 */
export function expandMatrix(matrix: unknown, ctx: ExpressionContext): Combination[] {
  if (matrix === undefined || matrix === null) return [{}];
  const value = evaluateValue(matrix, ctx);
  if (!isMap(value)) throw new Error("strategy.matrix must be a map of keys to lists");
  const { include, exclude, ...axes } = value;
  let combinations: Combination[] = [{}];
  for (const [key, values] of Object.entries(axes)) {
    if (!Array.isArray(values)) throw new Error(`matrix.${key} must be a list`);
    combinations = combinations.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  }
  if (Object.keys(axes).length === 0) combinations = [];
  const excluded = Array.isArray(exclude) ? exclude.filter(isMap) : [];
  combinations = combinations.filter(
    (c) => !excluded.some((e) => Object.entries(e).every(([k, v]) => sameValue(c[k] ?? null, v))),
  );
  const original = combinations.map((c) => ({ ...c }));
  for (const extra of Array.isArray(include) ? include.filter(isMap) : []) {
    let matched = false;
    original.forEach((base, i) => {
      // An include entry extends a combination when it changes none of its original values.
      const fits = Object.entries(extra).every(
        ([k, v]) => !(k in base) || sameValue(base[k] ?? null, v),
      );
      if (fits) {
        Object.assign(combinations[i]!, extra);
        matched = true;
      }
    });
    if (!matched) combinations.push({ ...extra });
  }
  return combinations;
}

/** How GitHub names a matrix job without a `name:`: `id (value, value)`. */
export function combinationLabel(id: string, combination: Combination): string {
  const values = Object.values(combination).map((v) =>
    typeof v === "object" && v !== null ? JSON.stringify(v) : String(v),
  );
  return values.length === 0 ? id : `${id} (${values.join(", ")})`;
}
