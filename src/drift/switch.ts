/**
 * Compares a switch's running config with the config site.yaml renders for it, by meaning
 * rather than by text: both are parsed, ports are matched by their site.yaml numbers (a
 * chassis's `A1` is port 1), access-list entries are compared in one notation, and order and
 * spacing do not count. Lines Carrel does not model count too: a line on one side only is a
 * difference. Lines holding credentials are never compared or shown.
 */
import { portView, type RunningConfig } from "../device/aruba/index.ts";
import type { SiteModel } from "../site/model/site-model.ts";
import type { SitePlaces } from "./places.ts";
import type { DeviceReport } from "./report.ts";
import { side, switchComparison, type SwitchComparison } from "./switch-context.ts";
import { compareGlobals } from "./switch-globals.ts";
import { compareLines } from "./switch-lines.ts";
import { byNumber, portDifferences } from "./switch-ports.ts";
import { compareVlans } from "./switch-vlans.ts";

/** The switch's model (J-number) and name on both sides. */
function compareIdentity(c: SwitchComparison): void {
  const { name, places, r, u, add } = c;
  const rp = r.config.header?.partNumber;
  const up = u.config.header?.partNumber;
  if (rp && up && rp !== up)
    add(
      `the switch is a ${up}; site.yaml's model is a ${rp}`,
      places.switchAt(name, "model"),
      u.config.header!.line,
    );
  const uh = u.config.hostname?.value;
  if (uh !== undefined && uh.toLowerCase() !== name.toLowerCase())
    add(
      `the switch calls itself '${uh}', site.yaml '${name}'`,
      places.switchAt(name, "name"),
      u.config.hostname!.line,
    );
}

/** Port by port, by site.yaml number. */
function comparePorts(c: SwitchComparison): void {
  const { model, name, file, places, r, u, diffs, text } = c;
  diffs.push(
    ...portDifferences(
      byNumber(portView(r.config), r.numbering),
      byNumber(portView(u.config), u.numbering),
      name,
      file,
      places,
      (n) => u.numbering.label(n) ?? String(n),
      text,
      (id) => {
        const named =
          model.vlans.find((v) => v.vlan.id === id)?.vlan.name ??
          u.config.vlans.get(id)?.name?.value;
        return named ? `VLAN ${id} '${named}'` : `VLAN ${id}`;
      },
    ),
  );
}

/** Compares one switch. `running` is the running config already parsed, when it is. */
export function compareSwitch(
  model: SiteModel,
  name: string,
  renderedText: string,
  runningText: string,
  file: string,
  places: SitePlaces,
  running?: RunningConfig,
): DeviceReport {
  const c = switchComparison(
    model,
    name,
    file,
    places,
    side(renderedText),
    side(runningText, running),
  );
  compareIdentity(c);
  compareVlans(c);
  comparePorts(c);
  compareGlobals(c);
  compareLines(c);
  const secrets = c.u.config.secrets.length;
  return {
    name,
    kind: "switch",
    file,
    differences: c.diffs,
    notCompared:
      secrets > 0
        ? [
            `${secrets} ${secrets === 1 ? "line" : "lines"} holding credentials (SNMP communities, passwords, keys), which Carrel never manages`,
          ]
        : [],
  };
}
