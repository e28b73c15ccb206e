/**
 * ArubaOS-Switch configs read with the project's own parser, as plain data that compares
 * with `toEqual` (maps and sets turned into sorted entries). Test support for the grid.
 */
import { parseArubaConfig } from "../../../src/render/switch/parse.ts";

/** The parsed config as plain data, with the lines the parser did not understand. */
export function parseAruba(text: string): unknown {
  const plain = (value: unknown): unknown => {
    if (value instanceof Map) return [...value.entries()].map(([k, v]) => [k, plain(v)]);
    if (value instanceof Set) return [...value].sort();
    if (Array.isArray(value)) return value.map(plain);
    if (value !== null && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
    return value;
  };
  return plain(parseArubaConfig(text));
}
