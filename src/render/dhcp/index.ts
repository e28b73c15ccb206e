/** DHCP server configurations: one per `dhcpServers` entry, in its software's own format. */
import type { GeneratedFile, SiteStamp } from "../../output/index.ts";
import { headerText } from "../../output/index.ts";
import type { DhcpServer, DhcpServerModel, SiteModel } from "../../site/index.ts";
import type { TemplateEngine } from "../engine.ts";
import { pathSegment, powershellFile } from "../escape/index.ts";
import { renderDnsmasq } from "./dnsmasq.ts";
import { renderIsc } from "./isc.ts";
import { renderKea } from "./kea.ts";
import type { DhcpRenderOptions } from "./render-options.ts";
import { serverScopes } from "./scope.ts";
import { renderWindowsDhcp } from "./windows.ts";

export * from "./errors.ts";
export * from "./options.ts";
export * from "./options-for.ts";
export * from "./render-options.ts";
export * from "./scope.ts";

/** The file a server's configuration is written to, inside the output folder. */
export function dhcpFilePath(server: DhcpServer): string {
  const software = server.software;
  const folder = `dhcp/${pathSegment(server.name)}`;
  switch (software) {
    case "kea":
      return `${folder}/kea-dhcp4.conf`;
    case "isc-dhcp":
      return `${folder}/dhcpd.conf`;
    case "dnsmasq":
      return `${folder}/dnsmasq.conf`;
    case "windows":
      return `${folder}/dhcp-server.ps1`;
    default: {
      const unhandled: never = software;
      throw new Error(`no DHCP file name for software '${String(unhandled)}'`);
    }
  }
}

/** Renders one DHCP server's configuration. */
export function renderDhcpServer(
  model: SiteModel,
  dhcp: DhcpServerModel,
  stamp: SiteStamp,
  engine: TemplateEngine,
  options: DhcpRenderOptions = {},
): GeneratedFile {
  const { server } = dhcp;
  const scopes = serverScopes(dhcp);
  const header = headerText(stamp, [
    `DHCP server ${server.name} (${server.software}) at ${server.address}.`,
  ]);
  const software = server.software;
  let content: string;
  switch (software) {
    case "kea":
      content = renderKea(engine, header, dhcp, scopes, options);
      break;
    case "isc-dhcp":
      content = renderIsc(engine, header, dhcp, scopes);
      break;
    case "dnsmasq":
      content = renderDnsmasq(engine, header, server, scopes, options);
      break;
    case "windows":
      content = powershellFile(renderWindowsDhcp(engine, header, server, scopes));
      break;
    default: {
      const unhandled: never = software;
      throw new Error(`no DHCP renderer for software '${String(unhandled)}'`);
    }
  }
  return { path: dhcpFilePath(server), content };
}

/** Renders every DHCP server of the site. */
export function renderDhcp(
  model: SiteModel,
  stamp: SiteStamp,
  engine: TemplateEngine,
  options: DhcpRenderOptions = {},
): GeneratedFile[] {
  return model.dhcpServers.map((dhcp) => renderDhcpServer(model, dhcp, stamp, engine, options));
}
