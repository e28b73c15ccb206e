/**
 * ArubaOS-Switch configs read with the project's running-config parser, as plain data that
 * compares with `toEqual` (maps and sets turned into entries). Test support for the grid.
 */
import {
  parseRunningConfig,
  runningSecurity,
  runningSettings,
} from "../../../src/device/aruba/index.ts";

/** Commands whose quoted text is display text Carrel makes fit the switch. */
const DISPLAY = /^(snmp-server (?:contact|location)|banner motd) "[\s\S]*"$/;

/**
 * The parsed config as plain data: every fact, the hardening and settings, and every command
 * in order with its block. The SNMP contact and location are display text that Carrel makes
 * fit the switch (plain ASCII, cut to length) from the docs' own wording, so only whether
 * each is there is kept: what the grid checks is that a value stays inside its quoted string,
 * which the parse shows. The login banner is such display text too (the library's name, made
 * to fit the same way).
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
  const config = parseRunningConfig(text);
  const security = runningSecurity(config, text);
  const settings = runningSettings(config);
  const shown = <T extends { line: number }>(at: T | undefined) =>
    at === undefined ? undefined : { line: at.line, value: "<display text>" };
  const lines = (list: readonly { line: number; text: string; context: string | undefined }[]) =>
    list.map((l) => ({ ...l, text: l.text.replace(DISPLAY, "$1 <display text>") }));
  return plain({
    config: { ...config, unmodelled: lines(config.unmodelled), commands: lines(config.commands) },
    security: { ...security, banner: shown(security.banner) },
    settings: {
      ...settings,
      snmpContact: shown(settings.snmpContact),
      snmpLocation: shown(settings.snmpLocation),
    },
  });
}
