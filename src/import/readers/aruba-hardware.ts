/**
 * What model a running-config's switch is, as site.yaml names it: a key of Carrel's
 * catalog when the product number maps to one, otherwise a `switchModels:` entry with the
 * port count (and PoE ports) worked out from the product number, the modules, or, for a
 * model Carrel does not know, the highest port the config names.
 */
import {
  moduleModel,
  switchModel,
  type PortNumbering,
  type RunningConfig,
} from "../../device/aruba/index.ts";
import { PRODUCT_NUMBER_PATTERN } from "../../site/switching/firmware.ts";
import { slugOf } from "../../site/slug.ts";
import { formatPortList, portRange } from "../../site/switching/ports.ts";

/** The model of one imported switch. */
export interface ImportedModel {
  /** The key written under the switch's `model:`. */
  readonly key: string;
  /** A `switchModels:` entry to declare, when the key is not in the catalog. */
  readonly declare:
    | {
        readonly label: string;
        readonly ports: number;
        readonly poe?: string;
        readonly uplinks?: string;
        readonly productNumber?: string;
      }
    | undefined;
  /** PoE-capable port numbers, for reading `no power-over-ethernet`. */
  readonly poePorts: ReadonlySet<number>;
  /** Set when the model was not known and the figures are guesses. */
  readonly guessed: string | undefined;
  /** The line that names the model (header, module or member line). */
  readonly line: number | undefined;
}

/** A model key from a product's name: `PoE+` reads `poe`, as the catalog's keys write it. */
function slug(text: string): string {
  return slugOf(text.replace(/\+/g, ""));
}

/** Works out the model of a parsed switch config. */
export function importedModel(
  config: RunningConfig,
  numbering: PortNumbering,
  hostname: string,
): ImportedModel {
  const part = config.header?.partNumber;
  const known = part ? switchModel(part) : undefined;
  const line = config.header?.line;
  if (known?.catalog && !numbering.modular) {
    return {
      key: known.catalog,
      declare: undefined,
      poePorts: new Set(portRange(1, known.poe)),
      guessed: undefined,
      line,
    };
  }
  const poe = new Set<number>();
  const labels: string[] = [];
  if (numbering.modular) {
    for (const g of numbering.groups) {
      let capable: number;
      if (g.module !== undefined) {
        const hw = config.hardware.find((h) => h.kind === "module" && h.slot === g.module);
        const mod = hw ? moduleModel(hw.type) : undefined;
        capable = mod?.poe ?? 0;
        if (hw) labels.push(`${g.module}: ${hw.type}`);
      } else {
        const member = config.hardware.find(
          (h) => h.kind === "member" && Number(h.slot) === g.member,
        );
        capable = (member ? switchModel(member.type) : known)?.poe ?? 0;
      }
      for (const n of portRange(g.first, g.first + Math.min(capable, g.size) - 1)) poe.add(n);
    }
  } else if (known) {
    for (const n of portRange(1, known.poe)) poe.add(n);
  } else {
    // A model Carrel does not know: ports up to the last one with PoE turned off are taken to
    // be PoE-capable (a switch only accepts that command on ports that can deliver power).
    const off = [...config.interfaces]
      .filter(([, i]) => i.poeOff !== undefined)
      .map(([p]) => numbering.number(p) ?? 0);
    for (const n of portRange(1, Math.max(0, ...off))) poe.add(n);
  }
  const ports = Math.max(
    numbering.count,
    known && !known.chassis && !numbering.modular ? known.ports : 0,
  );
  const base = known
    ? `${known.label} (${part})`
    : part
      ? `${part} (a model Carrel does not know)`
      : `the switch ${hostname}`;
  const label = labels.length > 0 ? `${base} with modules ${labels.join(", ")}` : base;
  const key = known
    ? slug(known.label)
    : part && /^J/i.test(part)
      ? slug(part)
      : slug(`unknown-${hostname}`);
  const uplinks =
    known?.uplinkFrom !== undefined && !numbering.modular
      ? formatPortList(portRange(known.uplinkFrom, known.ports))
      : undefined;
  return {
    key,
    declare: {
      label,
      ports,
      ...(poe.size > 0 ? { poe: formatPortList([...poe]) } : {}),
      ...(uplinks ? { uplinks } : {}),
      // The product number the header names: its configuration files must start with it.
      ...(part && PRODUCT_NUMBER_PATTERN.test(part) ? { productNumber: part } : {}),
    },
    poePorts: poe,
    guessed: known
      ? undefined
      : `the port count is the highest port the config names (${ports})` +
        (poe.size > 0
          ? `, and ports up to the last with PoE turned off are taken to have PoE`
          : ", and no port is taken to have PoE") +
        "; check both against the switch",
    line,
  };
}
