/**
 * ArubaOS-Switch configs read with the project's own parser, as plain data that compares
 * with `toEqual` (maps and sets turned into sorted entries). Test support for the grid.
 */
import { parseArubaConfig } from "../../../src/render/switch/parse.ts";

/**
 * The parsed config as plain data, with the lines the parser did not understand. The SNMP
 * contact and location are display text that Carrel makes fit the switch (plain ASCII, cut
 * to length) from the docs' own wording, so only whether each is there is kept: what the
 * grid checks is that a value stays inside its quoted string, which the parse shows. The
 * login banner is such display text too (the library's name, made to fit the same way).
 */
export function parseAruba(text: string): unknown {
  const plain = (value: unknown): unknown => {
    if (value instanceof Map) return [...value.entries()].map(([k, v]) => [k, plain(v)]);
    if (value instanceof Set) return [...value].sort();
    if (Array.isArray(value)) return value.map(plain);
    if (value !== null && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
    return value;
  };
  const config = parseArubaConfig(text);
  const shown = (v: string | undefined) => (v === undefined ? undefined : "<display text>");
  const redacted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(redacted);
    if (value === null || typeof value !== "object" || value instanceof Map || value instanceof Set)
      return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === "banner" && v !== undefined ? "<display text>" : redacted(v),
      ]),
    );
  };
  return redacted(
    plain({
      ...config,
      snmp: { contact: shown(config.snmp.contact), location: shown(config.snmp.location) },
      events: config.events.map((e) =>
        /^(snmp-server (contact|location)|banner motd) /.test(e.command)
          ? { ...e, command: e.command.replace(/ "[\s\S]*"$/, " <display text>") }
          : e,
      ),
    }),
  );
}
