/**
 * Rendering: switch, DHCP and DNS configurations from the site model, as file records.
 * Nothing here touches the disk; `writeFiles` does that.
 */
import { sortFiles, type GeneratedFile, type SiteStamp } from "../output/index.ts";
import type { SiteModel } from "../site/index.ts";
import { renderDhcp, type DhcpRenderOptions } from "./dhcp/index.ts";
import { renderDns } from "./dns/index.ts";
import { createEngine, type TemplateEngine } from "./engine.ts";
import { renderHorizon } from "./horizon/index.ts";
import { renderSwitches } from "./switch/index.ts";

export { createEngine, TemplateError, type TemplateEngine } from "./engine.ts";
export { TemplateReadError } from "./template-file.ts";
export { DhcpConfigError, type DhcpRenderOptions } from "./dhcp/index.ts";
export { DnsConfigError } from "./dns/index.ts";
export { EscapeError } from "./escape/index.ts";

/** How to render a site. */
export interface RenderOptions {
  /**
   * The template engine, with any override folders the site or the command line names.
   * @default Carrel's own templates only
   */
  readonly engine?: TemplateEngine;
  /** Settings of the DHCP servers' machines. */
  readonly dhcp?: DhcpRenderOptions;
}

/** Every rendered file of a site, sorted by path: `dhcp/<server>/`, `dns/`, `horizon/`, `switches/`. */
export function renderSite(
  model: SiteModel,
  stamp: SiteStamp,
  options: RenderOptions = {},
): GeneratedFile[] {
  const engine = options.engine ?? createEngine();
  return sortFiles([
    ...renderSwitches(model, stamp, engine),
    ...renderDhcp(model, stamp, engine, options.dhcp),
    ...renderDns(model, stamp, engine),
    ...renderHorizon(model, stamp, engine),
  ]);
}
