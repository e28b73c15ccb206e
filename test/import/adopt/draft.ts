/**
 * A stand-in for `carrel import`'s merge, enough for the adoption tests: lays the items
 * of some fragments over a base site (keys lists by name, as the fragments do) and writes
 * the result as YAML.
 */
import { readFileSync } from "node:fs";
import { parse, stringify } from "yaml";
import type { ImportFragment } from "../../../src/import/fragment.ts";

const LISTS = new Set(["vlans", "vms", "portGroups", "folders", "groups"]);

/** The base site (a fixture) with every fragment item laid over it. */
export function draftSite(
  baseFixture: string,
  fragments: readonly ImportFragment[],
  edit: (site: Record<string, unknown>) => void = () => undefined,
): string {
  const site = parse(
    readFileSync(new URL(`../../fixtures/import/${baseFixture}`, import.meta.url), "utf8"),
  ) as Record<string, unknown>;
  for (const item of fragments.flatMap((f) => f.items)) {
    let at = site;
    const key = item.key.map(String);
    for (const [i, part] of key.entries()) {
      const last = i === key.length - 1;
      if (LISTS.has(part) && !last) {
        const list = ((at[part] as unknown[] | undefined) ??= []);
        const name = key[i + 1]!;
        const value = item.value;
        const id = (value as { id?: unknown } | null)?.id;
        const exists = list.some((e) =>
          typeof e === "string"
            ? e === name
            : (e as { name?: string }).name === name ||
              (id !== undefined && (e as { id?: unknown }).id === id),
        );
        if (!exists) list.push(value);
        break;
      }
      if (last) {
        if (at[part] === undefined) at[part] = item.value;
      } else at = (at[part] ??= {}) as Record<string, unknown>;
    }
  }
  edit(site);
  return stringify(site);
}
