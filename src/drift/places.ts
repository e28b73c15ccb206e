/**
 * Where in site.yaml a difference would be fixed: paths of VLANs, switches, port entries
 * and DHCP settings, located at their line and column in the site file.
 */
import type { Path } from "../site/issue.ts";
import type { SiteModel } from "../site/model/site-model.ts";
import { offsetOf, type SiteSource } from "../site/source.ts";
import type { SitePlace } from "./report.ts";

/** Finds site.yaml places for a model read from a source. */
export class SitePlaces {
  readonly #model: SiteModel;
  readonly #source: SiteSource | undefined;

  constructor(model: SiteModel, source: SiteSource | undefined) {
    this.#model = model;
    this.#source = source;
  }

  /** A path with its line and column when the source has it. */
  at(path: Path): SitePlace {
    if (!this.#source) return { path };
    const pos = this.#source.lines.linePos(offsetOf(this.#source, path));
    return { path, line: pos.line, col: pos.col };
  }

  /** The VLAN with an id. */
  vlan(id: number, ...rest: Path): SitePlace | undefined {
    const index = this.#model.site.network.vlans.findIndex((v) => v.id === id);
    return index < 0 ? undefined : this.at(["network", "vlans", index, ...rest]);
  }

  /** The VLAN with a name. */
  vlanNamed(name: string, ...rest: Path): SitePlace | undefined {
    const index = this.#model.site.network.vlans.findIndex((v) => v.name === name);
    return index < 0 ? undefined : this.at(["network", "vlans", index, ...rest]);
  }

  /** A switch, by name. */
  switchAt(name: string, ...rest: Path): SitePlace {
    const index = this.#model.site.network.switches.findIndex((s) => s.name === name);
    return this.at(["network", "switches", Math.max(index, 0), ...rest]);
  }

  /** The port entry of a switch that configures a port, or the switch's port list. */
  port(name: string, port: number, ...rest: Path): SitePlace {
    const table = this.#model.switches.find((t) => t.switch.name === name);
    const entry = table?.ports.get(port)?.entry;
    return entry === undefined
      ? this.switchAt(name, "ports")
      : this.switchAt(name, "ports", entry, ...rest);
  }

  /** A DHCP server, by name. */
  dhcpServer(name: string, ...rest: Path): SitePlace {
    const index = this.#model.site.network.dhcpServers.findIndex((s) => s.name === name);
    return this.at(["network", "dhcpServers", Math.max(index, 0), ...rest]);
  }
}
