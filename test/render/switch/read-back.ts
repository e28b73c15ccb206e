/**
 * Test support: a rendered switch config read back with the running-config parser (the one
 * import, drift and audit use), seen in the plain shapes the render tests compare to the
 * site model.
 */
import {
  parseRunningConfig,
  portView,
  runningSecurity,
  runningSettings,
  unknownLines,
  type RunningConfig,
  type RunningSecurity,
  type SettingsLines,
  type SourceLine,
} from "../../../src/device/aruba/index.ts";

/** A config with its hardening, its settings, and the lines nothing in Carrel reads. */
export interface ReadBack {
  readonly config: RunningConfig;
  readonly security: RunningSecurity;
  readonly settings: SettingsLines;
  readonly unknown: readonly SourceLine[];
}

/** Reads a config file's text. */
export function readBack(text: string): ReadBack {
  const config = parseRunningConfig(text);
  return {
    config,
    security: runningSecurity(config, text),
    settings: runningSettings(config),
    unknown: unknownLines(config),
  };
}

/** What a config says about one port, as plain data. */
export interface ConfigPort {
  /** VLAN ids the port is untagged in (one on a sound config). */
  readonly untagged: readonly number[];
  readonly tagged: readonly number[];
  /** Trunk (`trk1`) the port belongs to. */
  readonly trunk: string | undefined;
  readonly name: string | undefined;
  readonly poeOff: boolean;
  readonly disabled: boolean;
}

/** Every physical port the config mentions, in port order. */
export function portTable(config: RunningConfig): Map<string, ConfigPort> {
  const table = new Map<string, ConfigPort>();
  for (const [label, p] of portView(config))
    table.set(label, {
      untagged: p.untagged.map((m) => m.vlan),
      tagged: p.tagged.map((m) => m.vlan),
      trunk: p.trunk?.name,
      name: p.name?.value,
      poeOff: p.poeOff !== undefined,
      disabled: p.disabled !== undefined,
    });
  return table;
}

/** Trunks: name → member ports. */
export function trunkTable(config: RunningConfig): Map<string, string[]> {
  return new Map([...config.trunks].map(([name, t]) => [name, [...t.members]]));
}

/** The members of a VLAN's untagged or tagged list (ports, trunks as `trk1`), in file order. */
export function members(list: ReadonlyMap<string, number>): string[] {
  return [...list.keys()];
}

/** The ports a config disables. */
export function disabledPorts(config: RunningConfig): string[] {
  return [...config.interfaces].filter(([, i]) => i.disabled !== undefined).map(([p]) => p);
}
