/**
 * A consortium's shared defaults, merged into each member site before it is validated, so
 * the site's model, rendered files, docs and Pulumi resources all see the values it
 * inherits. A site may override what it inherits:
 * - a single value (time zone, currency, DNS and NTP lists, fiscal year, maintenance
 *   window) is inherited only where the site does not set it;
 * - sections of named entries (switchModels, security) are merged key by key, the site's
 *   own keys winning;
 * - lists of named entries are joined: the site's contacts and vendors, then the shared
 *   ones it does not list under the same name; the shared directory groups likewise, but
 *   a site may not define a shared group again (its members would differ from site to site).
 * Every inherited value keeps its place in consortium.yaml, where problems with it are shown.
 */
import { error, type Issue, type Path } from "../site/issue.ts";
import { locate } from "../site/source.ts";
import type { Inheritance, Inherited } from "../site/validate.ts";
import type { Consortium } from "./consortium.ts";
import { INHERITABLE } from "./schema.ts";

type Value = Record<string, unknown>;

const isRecord = (value: unknown): value is Value =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Lists joined by entry name, and whether the site may name a shared entry again. */
const NAMED_LISTS: Readonly<Record<string, "override" | "refuse">> = {
  "site.contacts": "override",
  "site.vendors": "override",
  "directory.groups": "refuse",
};

const nameOf = (item: unknown) =>
  isRecord(item) && typeof item.name === "string" ? item.name.toLowerCase() : undefined;

/** Builds one merge: the copied site value, and the origins of what it inherits. */
class Merge {
  readonly origins = new Map<string, Path>();
  readonly issues: Issue[] = [];
  readonly value: Value;
  private readonly consortium: Consortium;

  constructor(site: Value, consortium: Consortium) {
    this.value = { ...site };
    this.consortium = consortium;
  }

  private inherited(path: Path, from: Path): void {
    this.origins.set(JSON.stringify(path), ["defaults", ...from]);
  }

  /**
   * The section at `path` in the merged value, copied so the site's own value stays as
   * read; undefined when the site holds something else there (the schema reports that).
   */
  private container(path: Path): Value | undefined {
    let node = this.value;
    for (let i = 0; i < path.length; i++) {
      const key = path[i] as string;
      const next = node[key];
      if (next !== undefined && !isRecord(next)) return undefined;
      // A section the site does not have at all comes from consortium.yaml.
      if (next === undefined) this.inherited(path.slice(0, i + 1), path.slice(0, i + 1));
      const copy: Value = { ...next };
      node[key] = copy;
      node = copy;
    }
    return node;
  }

  /** Merges one inheritable key. */
  apply(path: readonly string[], shared: unknown): void {
    const parent = this.container(path.slice(0, -1));
    if (!parent) return;
    const key = path[path.length - 1]!;
    const own = parent[key];
    const mode = NAMED_LISTS[path.join(".")];
    if (mode && Array.isArray(shared)) {
      parent[key] = this.joinLists(path, own ?? [], shared, mode);
    } else if (isRecord(shared) && (own === undefined || isRecord(own))) {
      parent[key] = this.mergeSections(path, own ?? {}, shared, own === undefined);
    } else if (own === undefined) {
      parent[key] = shared;
      this.inherited(path, path);
    }
  }

  private joinLists(path: Path, own: unknown, shared: unknown[], mode: "override" | "refuse") {
    if (!Array.isArray(own)) return own; // not a list: the schema says so, at the site's value
    const names = new Map(own.map((item, i) => [nameOf(item), i] as const));
    const out = [...own];
    shared.forEach((item, j) => {
      const name = nameOf(item);
      const mine = name === undefined ? undefined : names.get(name);
      if (mine !== undefined) {
        if (mode === "refuse") {
          const at = locate(this.consortium.source, [
            error("consortium", ["defaults", ...path, j, "name"], ""),
          ])[0]!;
          this.issues.push(
            error(
              "consortium",
              [...path, mine, "name"],
              `'${String((item as Value).name)}' is a group every site shares (${at.file}:${at.line}:${at.col}); a site cannot define it again: remove it here, or change it in ${at.file} for every site`,
            ),
          );
        }
        return;
      }
      this.inherited([...path, out.length], [...path, j]);
      out.push(item);
    });
    return out;
  }

  private mergeSections(path: Path, own: Value, shared: Value, whole: boolean): Value {
    if (whole) this.inherited(path, path);
    const out: Value = { ...own };
    for (const [key, value] of Object.entries(shared)) {
      const mine = out[key];
      if (mine === undefined) {
        out[key] = value;
        if (!whole) this.inherited([...path, key], [...path, key]);
      } else if (isRecord(mine) && isRecord(value) && !whole) {
        out[key] = this.mergeSections([...path, key], mine, value, false);
      }
    }
    return out;
  }
}

/** Reads a path of keys from a plain value. */
function valueAt(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** The inheritance of a consortium's members, or none when consortium.yaml is not valid. */
export function consortiumInheritance(consortium: Consortium): Inheritance | undefined {
  if (!consortium.data) return undefined;
  const defaults = (consortium.source.value as Value | undefined)?.defaults;
  return {
    merge(site: Value): Inherited {
      const merge = new Merge(site, consortium);
      for (const path of INHERITABLE) {
        const shared = valueAt(defaults, path);
        if (shared !== undefined) merge.apply(path, shared);
      }
      return {
        value: merge.value,
        issues: merge.issues,
        origin(path) {
          for (let i = path.length; i > 0; i--) {
            const from = merge.origins.get(JSON.stringify(path.slice(0, i)));
            if (from) return { source: consortium.source, path: [...from, ...path.slice(i)] };
          }
          return undefined;
        },
      };
    },
  };
}
