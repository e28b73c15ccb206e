/**
 * GitHub Actions expressions (`${{ ... }}` and `if:`), as the rehearsal needs them:
 * literals, context property access (`a.b`, `a['b']`, `a.*.b`), `!`, comparisons with
 * GitHub's loose, case-insensitive equality, `&&`/`||` returning an operand, and the
 * functions contains, startsWith, endsWith, format, join, toJSON, fromJSON, hashFiles and
 * the status functions success, always, failure, cancelled.
 */

/** A value an expression works with. */
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

/** The contexts (github, env, vars, matrix, steps, needs, ...) and the job's status so far. */
export interface ExpressionContext {
  readonly contexts: Readonly<Record<string, Value>>;
  /** "success" until a step (or needed job) failed. */
  readonly status: "success" | "failure";
}

type Node =
  | { kind: "literal"; value: Value }
  | { kind: "name"; name: string }
  | { kind: "property"; target: Node; key: Node | "*" }
  | { kind: "not"; operand: Node }
  | { kind: "binary"; op: string; left: Node; right: Node }
  | { kind: "call"; name: string; args: Node[] };

/** An expression that cannot be read or evaluated; the message says where. */
export class ExpressionError extends Error {}

const TOKEN =
  /\s*(?:(-?(?:0x[0-9a-f]+|\d+(?:\.\d+)?(?:e[+-]?\d+)?))|'((?:[^']|'')*)'|([A-Za-z_][\w-]*)|(==|!=|<=|>=|&&|\|\||[()[\].,!<>*]))/iy;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) throw new ExpressionError(`cannot read "${text.slice(at)}" in: ${text}`);
    tokens.push(match[0].trim());
  }
  return tokens;
}

/** Reads an expression (without the `${{ }}`) into a tree. */
export function parse(text: string): Node {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string): string => {
    const token = tokens[i++];
    if (token === undefined || (expected !== undefined && token !== expected))
      throw new ExpressionError(`expected ${expected ?? "more"} in: ${text}`);
    return token;
  };
  const binary = (ops: string[], next: () => Node) => (): Node => {
    let left = next();
    while (ops.includes(peek() ?? "")) left = { kind: "binary", op: take(), left, right: next() };
    return left;
  };
  const primary = (): Node => {
    const token = take();
    if (token === "(") {
      const inner = or();
      take(")");
      return inner;
    }
    if (token.startsWith("'"))
      return { kind: "literal", value: token.slice(1, -1).replaceAll("''", "'") };
    if (/^-?\d|^-?0x/i.test(token)) return { kind: "literal", value: Number(token) };
    if (token === "true" || token === "false") return { kind: "literal", value: token === "true" };
    if (token === "null") return { kind: "literal", value: null };
    if (!/^[A-Za-z_]/.test(token)) throw new ExpressionError(`unexpected "${token}" in: ${text}`);
    if (peek() === "(") {
      take("(");
      const args: Node[] = [];
      while (peek() !== ")") {
        args.push(or());
        if (peek() === ",") take(",");
      }
      take(")");
      return { kind: "call", name: token.toLowerCase(), args };
    }
    return { kind: "name", name: token };
  };
  const postfix = (): Node => {
    let node = primary();
    for (;;) {
      if (peek() === ".") {
        take(".");
        const key = take();
        node = { kind: "property", target: node, key: key === "*" ? "*" : literal(key) };
      } else if (peek() === "[") {
        take("[");
        let key: Node | "*";
        if (peek() === "*") {
          take("*");
          key = "*";
        } else key = or();
        take("]");
        node = { kind: "property", target: node, key };
      } else return node;
    }
  };
  const unary = (): Node => {
    if (peek() !== "!") return postfix();
    take("!");
    return { kind: "not", operand: unary() };
  };
  const compare = binary(["<", "<=", ">", ">="], unary);
  const equal = binary(["==", "!="], compare);
  const and = binary(["&&"], equal);
  const or = binary(["||"], and);
  const tree = or();
  if (i < tokens.length) throw new ExpressionError(`unexpected "${tokens[i]}" in: ${text}`);
  return tree;
}

const literal = (value: string): Node => ({ kind: "literal", value });

/** Arrays made by `.*`: a property read on them reads it on every element. */
const FILTERED = new WeakSet<Value[]>();

/** GitHub's truthiness: false, 0, NaN, '' and null are false. */
export function truthy(value: Value): boolean {
  return !(value === null || value === false || value === 0 || value === "" || Number.isNaN(value));
}

function toNumber(value: Value): number {
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  if (typeof value === "string") return value.trim() === "" ? 0 : Number(value);
  return NaN;
}

function looseEqual(a: Value, b: Value): boolean {
  if (typeof a === "string" && typeof b === "string") return a.toLowerCase() === b.toLowerCase();
  const compound = (v: Value) => v !== null && typeof v === "object";
  if (compound(a) || compound(b)) return a === b;
  if (typeof a === typeof b) return a === b;
  return toNumber(a) === toNumber(b);
}

function compareValues(op: string, a: Value, b: Value): boolean {
  const strings = typeof a === "string" && typeof b === "string";
  const x = strings ? (a as string).toLowerCase() : toNumber(a);
  const y = strings ? (b as string).toLowerCase() : toNumber(b);
  return op === "<" ? x < y : op === "<=" ? x <= y : op === ">" ? x > y : x >= y;
}

/** A value as GitHub writes it into a string. */
export function asString(value: Value): string {
  if (value === null) return "";
  if (typeof value === "object") return JSON.stringify(value, null, 2);
  return String(value);
}

function property(target: Value, key: Value): Value {
  if (Array.isArray(target) && FILTERED.has(target)) {
    const mapped = target.map((item) => property(item, key)).filter((v) => v !== null);
    FILTERED.add(mapped);
    return mapped;
  }
  if (target === null || typeof target !== "object") return null;
  if (Array.isArray(target)) return typeof key === "number" ? (target[key] ?? null) : null;
  const wanted = asString(key).toLowerCase();
  const found = Object.keys(target).find((k) => k.toLowerCase() === wanted);
  return found === undefined ? null : (target[found] ?? null);
}

function call(name: string, args: Value[], ctx: ExpressionContext): Value {
  const [a = null, b = null] = args;
  const text = (v: Value) => asString(v).toLowerCase();
  switch (name) {
    case "success":
      return ctx.status === "success";
    case "failure":
      return ctx.status === "failure";
    case "always":
      return true;
    case "cancelled":
      return false;
    case "contains":
      return Array.isArray(a) ? a.some((item) => looseEqual(item, b)) : text(a).includes(text(b));
    case "startswith":
      return text(a).startsWith(text(b));
    case "endswith":
      return text(a).endsWith(text(b));
    case "format":
      return asString(a)
        .replace(/\{(\d+)\}/g, (_, n: string) => asString(args[Number(n) + 1] ?? null))
        .replaceAll("{{", "{")
        .replaceAll("}}", "}");
    case "join":
      return Array.isArray(a) ? a.map(asString).join(b === null ? "," : asString(b)) : asString(a);
    case "tojson":
      return JSON.stringify(a, null, 2);
    case "fromjson":
      try {
        return JSON.parse(asString(a)) as Value;
      } catch {
        throw new ExpressionError(`fromJSON got something that is not JSON: ${asString(a)}`);
      }
    case "hashfiles":
      // Only cache keys use it; no file is hashed in a rehearsal.
      return "";
    default:
      throw new ExpressionError(`unknown function ${name}()`);
  }
}

/** Evaluates a tree in a context. */
export function evaluateNode(node: Node, ctx: ExpressionContext): Value {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "name":
      return property(ctx.contexts as Value, node.name);
    case "property": {
      const target = evaluateNode(node.target, ctx);
      if (node.key !== "*") return property(target, evaluateNode(node.key, ctx));
      const all = Array.isArray(target)
        ? [...target]
        : target !== null && typeof target === "object"
          ? Object.values(target)
          : [];
      FILTERED.add(all);
      return all;
    }
    case "not":
      return !truthy(evaluateNode(node.operand, ctx));
    case "binary": {
      const left = evaluateNode(node.left, ctx);
      if (node.op === "&&") return truthy(left) ? evaluateNode(node.right, ctx) : left;
      if (node.op === "||") return truthy(left) ? left : evaluateNode(node.right, ctx);
      const right = evaluateNode(node.right, ctx);
      if (node.op === "==") return looseEqual(left, right);
      if (node.op === "!=") return !looseEqual(left, right);
      return compareValues(node.op, left, right);
    }
    case "call":
      return call(
        node.name,
        node.args.map((arg) => evaluateNode(arg, ctx)),
        ctx,
      );
    default: {
      const unhandled: never = node;
      throw new ExpressionError(`unknown expression ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Evaluates an expression's text (without `${{ }}`). */
export function evaluate(text: string, ctx: ExpressionContext): Value {
  return evaluateNode(parse(text), ctx);
}
