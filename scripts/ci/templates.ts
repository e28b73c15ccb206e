/**
 * Where expressions appear in a workflow: `${{ ... }}` inside strings (run scripts, env
 * values, names), whole values that keep their type (a matrix list from fromJSON), and
 * `if:` conditions, which are expressions with or without the `${{ }}` around them.
 */
import {
  ExpressionError,
  asString,
  evaluate,
  truthy,
  type ExpressionContext,
  type Value,
} from "./expressions.ts";

/** The `${{ ... }}` parts of a text: where each starts and ends, and the expression inside. */
function expressionsIn(text: string): { start: number; end: number; inner: string }[] {
  const found: { start: number; end: number; inner: string }[] = [];
  let at = text.indexOf("${{");
  while (at !== -1) {
    // The closing `}}` is the first one outside a quoted string.
    let i = at + 3;
    let quoted = false;
    for (; i < text.length; i++) {
      if (text[i] === "'") quoted = !quoted;
      else if (!quoted && text.startsWith("}}", i)) break;
    }
    if (i >= text.length) throw new ExpressionError(`unclosed \${{ in: ${text}`);
    found.push({ start: at, end: i + 2, inner: text.slice(at + 3, i) });
    at = text.indexOf("${{", i + 2);
  }
  return found;
}

/** A text with every `${{ ... }}` replaced by its value, written as GitHub writes it. */
export function interpolate(text: string, ctx: ExpressionContext): string {
  let out = "";
  let from = 0;
  for (const e of expressionsIn(text)) {
    out += text.slice(from, e.start) + asString(evaluate(e.inner, ctx));
    from = e.end;
  }
  return out + text.slice(from);
}

/**
 * A workflow value with its expressions evaluated: a string that is exactly one
 * `${{ }}` keeps the expression's own type; lists and maps are evaluated throughout.
 */
export function evaluateValue(value: unknown, ctx: ExpressionContext): Value {
  if (typeof value === "string") {
    const parts = expressionsIn(value);
    const only = parts[0];
    if (parts.length === 1 && only!.start === 0 && only!.end === value.trim().length)
      return evaluate(only!.inner, ctx);
    return interpolate(value, ctx);
  }
  if (Array.isArray(value)) return value.map((item) => evaluateValue(item, ctx));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, evaluateValue(v, ctx)] as const),
    );
  if (value === undefined) return null;
  return value as Value;
}

/** The environment variables of an `env:` map, expressions evaluated. */
export function evaluateEnv(env: unknown, ctx: ExpressionContext): Record<string, string> {
  if (env === null || env === undefined) return {};
  if (typeof env !== "object" || Array.isArray(env))
    throw new ExpressionError("env must be a map of names to values");
  return Object.fromEntries(
    Object.entries(env).map(([name, v]) => [name, asString(evaluateValue(v, ctx))] as const),
  );
}

const STATUS_FUNCTION = /\b(success|failure|always|cancelled)\s*\(/i;

/**
 * Whether an `if:` condition holds. Without a status function GitHub adds `success() &&`;
 * no condition at all means `success()`.
 */
export function condition(when: unknown, ctx: ExpressionContext): boolean {
  if (when === undefined || when === null || when === "") return ctx.status === "success";
  if (typeof when === "boolean") return when && ctx.status === "success";
  let text = String(when).trim();
  const parts = expressionsIn(text);
  if (parts.length === 1 && parts[0]!.start === 0 && parts[0]!.end === text.length)
    text = parts[0]!.inner;
  else if (parts.length > 0) return truthy(interpolate(text, ctx)) && ctx.status === "success";
  const holds = truthy(evaluate(text, ctx));
  return STATUS_FUNCTION.test(text) ? holds : holds && ctx.status === "success";
}
