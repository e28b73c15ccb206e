/**
 * One drift check: match the running configurations in a folder to the site's switches and
 * DHCP servers, and compare each with what site.yaml renders for it.
 *
 * A switch's config is matched by the hostname inside it (or, failing that, its file name);
 * a DHCP configuration by the folder or file name that names its server (the layout `carrel
 * render` writes: `dhcp/dhcp01/kea-dhcp4.conf`), or to the site's only DHCP server.
 */
import type { GeneratedFile } from "../output/files.ts";
import type { SiteModel } from "../site/model/site-model.ts";
import { switchFilePaths } from "../site/model/switch-delivery.ts";
import type { SiteSource } from "../site/source.ts";
import { collectRunning, type Collected } from "./collect.ts";
import { compareDhcp } from "./dhcp.ts";
import { SitePlaces } from "./places.ts";
import type { DeviceKind, DeviceReport, DriftReport } from "./report.ts";
import { compareSwitch } from "./switch.ts";

/** The check could not be made: files that cannot be used, or nothing to compare. */
export class DriftInputError extends Error {
  override readonly name = "DriftInputError";
}

const stem = (file: string) =>
  (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, "").toLowerCase();
const folder = (file: string) => (file.split(/[\\/]/).slice(-2, -1)[0] ?? "").toLowerCase();

/** What a running configuration is the configuration of. */
function deviceOf(c: Collected, model: SiteModel): string | undefined {
  if (c.kind === "switch") {
    const names = [c.config.hostname?.value, stem(c.file)]
      .filter((n) => n !== undefined)
      .map((n) => n.toLowerCase());
    return model.site.network.switches.find((s) => names.includes(s.name.toLowerCase()))?.name;
  }
  const servers = model.site.network.dhcpServers;
  const named = servers.find((s) => [stem(c.file), folder(c.file)].includes(s.name.toLowerCase()));
  return named?.name ?? (servers.length === 1 ? servers[0]!.name : undefined);
}

/** Runs the check. `rendered` are the site's rendered files; `today` dates the report. */
export function runDrift(
  model: SiteModel,
  source: SiteSource | undefined,
  siteFile: string,
  rendered: readonly GeneratedFile[],
  dir: string,
  today: string,
): DriftReport {
  const collection = collectRunning(dir);
  if (collection.problems.length > 0) {
    throw new DriftInputError(
      collection.problems
        .map((p) => `${p.file}${p.line !== undefined ? `:${p.line}` : ""}  ${p.message}`)
        .join("\n"),
    );
  }
  const places = new SitePlaces(model, source);
  const devices: DeviceReport[] = [];
  const unknown: { file: string; kind: DeviceKind; name: string }[] = [];
  const seen = new Map<string, string>();
  for (const c of collection.configs) {
    const device = deviceOf(c, model);
    if (!device) {
      const name = c.kind === "switch" ? (c.config.hostname?.value ?? stem(c.file)) : stem(c.file);
      unknown.push({ file: c.file, kind: c.kind, name });
      continue;
    }
    const key = `${c.kind}:${device}`;
    const earlier = seen.get(key);
    if (earlier)
      throw new DriftInputError(
        `${c.file}  this is ${device}'s configuration, and so is ${earlier}; keep one of them in the folder`,
      );
    seen.set(key, c.file);
    if (c.kind === "switch") {
      const configFile = switchFilePaths(device).configFile;
      const file = rendered.find((f) => f.path === configFile);
      if (!file) throw new Error(`no rendered config for switch ${device}`);
      devices.push(compareSwitch(model, device, file.content, c.text, c.file, places, c.config));
    } else {
      const server = model.site.network.dhcpServers.find((s) => s.name === device)!;
      devices.push(compareDhcp(model, server, c.dhcp, c.file, places, c.text));
    }
  }
  const missing = [
    ...model.site.network.switches
      .filter((s) => !seen.has(`switch:${s.name}`))
      .map((s) => ({ name: s.name, kind: "switch" as const })),
    ...model.site.network.dhcpServers
      .filter((s) => !seen.has(`dhcp:${s.name}`))
      .map((s) => ({ name: s.name, kind: "dhcp" as const })),
  ];
  if (devices.length === 0 && unknown.length === 0)
    throw new DriftInputError(
      `${dir} holds no running configuration of a switch or DHCP server (${collection.skipped.length} other files)`,
    );
  return {
    date: today,
    site: siteFile,
    running: dir,
    devices,
    missing,
    unknown,
    skipped: collection.skipped,
  };
}
