/**
 * How a switch's configuration reaches the switch: which rendered files there are, where the
 * administrator reaches the switch, and when it may restart. The renderer writes a runbook
 * from these facts and the docs summarise them, so both say the same.
 */
import type { SwitchTable } from "./ports.ts";
import type { SiteModel } from "./site-model.ts";

/** The maintenance window, read from `operations.maintenanceWindow` (`Sun 06:00-10:00`). */
export interface MaintenanceWindow {
  /** The day in full: `Sunday`. */
  readonly day: string;
  readonly from: string;
  readonly to: string;
}

/** The rendered files of one switch, as paths under the render folder. */
export interface SwitchFiles {
  /** The startup configuration, `switches/<name>.cfg`. */
  readonly configFile: string;
  /** The same ending in `ip preserve`, for zero-touch delivery: `switches/<name>.ztp.cfg`. */
  readonly ztpFile: string;
  /** The generated runbook, `switches/<name>.delivery.md`. */
  readonly runbookFile: string;
}

/**
 * Where a switch's rendered files are, by its name: the renderer writes them there, and the
 * docs' links and drift's comparison find them there.
 */
export function switchFilePaths(name: string): SwitchFiles {
  return {
    configFile: `switches/${name}.cfg`,
    ztpFile: `switches/${name}.ztp.cfg`,
    runbookFile: `switches/${name}.delivery.md`,
  };
}

/** Everything about delivering one switch's configuration. */
export interface SwitchDelivery extends SwitchFiles {
  /** Where the switch answers for management after the configuration is loaded. */
  readonly managementAddress: string;
  readonly managementVlan: { readonly id: number; readonly name: string } | undefined;
  readonly window: MaintenanceWindow | undefined;
}

const DAYS: Record<string, string> = {
  Mon: "Monday",
  Tue: "Tuesday",
  Wed: "Wednesday",
  Thu: "Thursday",
  Fri: "Friday",
  Sat: "Saturday",
  Sun: "Sunday",
};

/** Parses `Sun 06:00-10:00`; undefined when absent or malformed (the schema reports it). */
export function maintenanceWindow(text: string | undefined): MaintenanceWindow | undefined {
  const m = /^(\w{3}) (\d\d:\d\d)-(\d\d:\d\d)$/.exec(text ?? "");
  if (!m || !DAYS[m[1]!]) return undefined;
  return { day: DAYS[m[1]!]!, from: m[2]!, to: m[3]! };
}

/** The delivery facts of one switch. */
export function switchDelivery(model: SiteModel, table: SwitchTable): SwitchDelivery {
  const sw = table.switch;
  const vlan = model.vlanByName.get(sw.management.vlan);
  return {
    ...switchFilePaths(sw.name),
    managementAddress: table.management.address,
    managementVlan: vlan ? { id: vlan.vlan.id, name: vlan.vlan.name } : undefined,
    window: maintenanceWindow(model.site.operations?.maintenanceWindow),
  };
}
