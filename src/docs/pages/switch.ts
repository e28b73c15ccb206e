/** One page per switch: a front-panel drawing, every port, its links and its configuration. */
import {
  portRunText,
  replacementDate,
  assetFirmware,
  switchFilePaths,
  switchIdentity,
  type Switch,
  type SwitchTable,
} from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import {
  code,
  facts,
  figure,
  joined,
  link,
  p,
  table,
  type Block,
  type Inline,
  type Page,
  type Section,
} from "../doc.ts";
import { indefinite, longDate } from "../format.ts";
import { href } from "../slug.ts";
import { frontPanel } from "../svg/front-panel.ts";
import { wordsUsedHere } from "./glossary.ts";
import { switchClockSection, switchDeliverySection } from "./switch-delivery.ts";

const ROLE_WORDS = {
  core: "core switch: routes between the VLANs and relays DHCP requests",
  access: "access switch: connects devices and passes their traffic to the core",
} as const;

/** Builds switch-NAME.html. */
export function switchPage(ctx: DocsContext, t: SwitchTable): Page {
  const sw = t.switch;
  return {
    path: href.switchPage(sw.name),
    title: `Switch ${sw.name}`,
    nav: "network",
    lead: [`${sw.name} is ${indefinite(ROLE_WORDS[sw.role])}. `, sw.description ?? ""],
    blocks: [switchFacts(ctx, t), panel(ctx, t)],
    sections: [
      ports(ctx, t),
      configuration(ctx, sw),
      switchDeliverySection(ctx, t),
      switchClockSection(ctx),
      links(ctx, sw),
    ],
  };
}

/** Where the switch's configuration is among the rendered files. */
const configPath = (sw: Switch) => switchFilePaths(sw.name).configFile;

/**
 * Where the switch answers for management. A core switch answers on its management VLAN's
 * gateway (R32), and the page says why, so nobody looks for a second address.
 */
function managementAddress(ctx: DocsContext, t: SwitchTable): Inline {
  const m = t.management;
  const base: Inline = [code(m.address), " on ", ctx.vlanLink(m.vlan)];
  if (!m.onGateway) return base;
  return [
    base,
    ": the VLAN's gateway. A core switch holds every VLAN's gateway and takes one address per VLAN, so it answers for management there",
  ];
}

/** `JL256A, release WC.16.11.0025 (Carrel's default for WC)`. */
function identityWords(ctx: DocsContext, t: SwitchTable): Inline {
  const id = switchIdentity(t, assetFirmware(ctx.model.site, t.switch.name));
  const release = id.release
    ? [
        "release ",
        code(id.release),
        id.releaseSource === "default"
          ? ` (Carrel's default for ${id.family}; set firmware in site.yaml)`
          : "",
      ]
    : "release unknown (set firmware in site.yaml)";
  return [id.productNumber ? [code(id.productNumber), ", "] : "product number unknown, ", release];
}

/** The asset that records the switch: model, serial, cost and replacement date. */
function assetFact(ctx: DocsContext, sw: Switch): Inline {
  const asset = ctx.model.site.inventory?.assets.find((a) => a.id === sw.name);
  if (!asset) return "not in the inventory";
  return [
    link(href.asset(asset.id), asset.model),
    asset.serial ? [", serial ", code(asset.serial)] : "",
    `, bought ${longDate(asset.purchased)} for ${ctx.money(asset.cost)}, due for replacement `,
    ctx.dueDate(replacementDate(asset)),
  ];
}

function switchFacts(ctx: DocsContext, t: SwitchTable): Block {
  const sw = t.switch;
  const cfg = configPath(sw);
  return facts([
    ["Model", [t.model?.label ?? sw.model, " (", code(sw.model), ")"]],
    ["Product number and firmware", identityWords(ctx, t)],
    ["Role", sw.role],
    ["Location", ctx.locationName(sw.location)],
    ["Management address", managementAddress(ctx, t)],
    [
      "Configuration",
      ctx.configPaths.has(cfg)
        ? link(href.config(cfg), `${cfg} (rendered from site.yaml)`)
        : "not rendered yet",
    ],
    ["Asset", assetFact(ctx, sw)],
  ]);
}

/** The front panel's text alternative: what each configured group of ports does. */
function panelDescription(ctx: DocsContext, t: SwitchTable): string {
  const parts = t.entries.map(({ value: entry, ports: list }) => {
    const ports = portRunText(list);
    const vlan = entry.untagged ? ctx.model.vlanByName.get(entry.untagged) : undefined;
    const what = [
      vlan ? `VLAN ${vlan.vlan.id} ${vlan.vlan.name} untagged` : undefined,
      entry.tagged.length ? `${entry.tagged.length} tagged VLANs` : undefined,
      entry.poe ? "PoE on" : undefined,
      entry.lag ? `trunk ${entry.lag.toLowerCase()}` : undefined,
      entry.description,
    ].filter(Boolean);
    return `ports ${ports}: ${what.join(", ")}`;
  });
  const count = t.model?.portCount ?? t.ports.size;
  return `${count} ports, ${t.ports.size} configured. ${parts.join("; ")}.`;
}

function panel(ctx: DocsContext, t: SwitchTable): Block {
  return figure(
    frontPanel({
      table: t,
      colours: ctx.colours,
      vlanByName: ctx.model.vlanByName,
      id: "panel",
      description: panelDescription(ctx, t),
    }),
    "Front panel: each port shows its number and the VLAN id devices plugged into it are on. The port table below gives the same in words.",
  );
}

function ports(ctx: DocsContext, t: SwitchTable): Section {
  const count = t.model?.portCount ?? Math.max(0, ...t.ports.keys());
  const uplinks = new Set(t.model?.uplinkPorts ?? []);
  const poeCapable = new Set(t.model?.poePorts ?? []);
  const typeOf = (port: number) =>
    uplinks.has(port)
      ? `${t.model?.uplinkKind ?? ""} uplink`
      : poeCapable.has(port)
        ? "PoE capable"
        : "plain";
  // One row per run of ports configured alike (one `ports` entry, or unconfigured ports
  // of one type), so a 48-port switch reads as a handful of rows; each row's id is its
  // first port, which is where links to a port land.
  const rows: Inline[][] = [];
  const ids: string[] = [];
  let port = 1;
  while (port <= count) {
    const info = t.ports.get(port);
    const run = [port];
    while (
      port + run.length <= count &&
      (info
        ? t.ports.get(port + run.length)?.entry === info.entry
        : !t.ports.has(port + run.length) && typeOf(port + run.length) === typeOf(port))
    )
      run.push(port + run.length);
    ids.push(`port-${port}`);
    rows.push(
      info
        ? [
            portRunText(run),
            info.untagged ? ctx.vlanLink(info.untagged) : "none",
            info.tagged.length ? joined(info.tagged.map((v) => ctx.vlanLink(v))) : "none",
            info.poe ? "on" : "off",
            info.lag ? code(info.lag) : "—",
            info.description ?? "",
            info.location ? ctx.locationName(info.location) : "",
            typeOf(port),
          ]
        : [portRunText(run), "not configured", "", "", "", "", "", typeOf(port)],
    );
    port += run.length;
  }
  return {
    id: "ports",
    heading: "Ports",
    blocks: [
      table({
        caption: `Every port of ${t.switch.name}, ports configured alike together`,
        head: [
          "Ports",
          "VLAN (untagged)",
          "Tagged VLANs",
          "PoE",
          "Trunk",
          "Description",
          "Location",
          "Port type",
        ],
        rows,
        rowIds: ids,
        rowHeader: true,
      }),
    ],
  };
}

function configuration(ctx: DocsContext, sw: Switch): Section {
  const { model } = ctx;
  const cfg = configPath(sw);
  const replaceRunbook = (model.site.operations?.runbooks ?? []).find((r) => /switch/i.test(r));
  return {
    id: "configuration",
    heading: "Configuration",
    blocks: [
      p(
        ctx.configPaths.has(cfg)
          ? [
              "The switch's whole configuration is generated from site.yaml: ",
              link(href.config(cfg), cfg),
              ". Never change the switch by hand without changing site.yaml too; the next generated file would undo it. To apply a change, load the file onto the switch in the maintenance window",
              replaceRunbook
                ? [
                    " (the ",
                    link(href.runbook(replaceRunbook), "replace a switch"),
                    " runbook shows how)",
                  ]
                : "",
              ".",
            ]
          : "No configuration was rendered for this switch.",
      ),
      wordsUsedHere(model, ["VLAN", "Tagged / untagged", "PoE", "LAG", "SFP / SFP+"]),
    ],
  };
}

function links(ctx: DocsContext, sw: Switch): Section {
  const links = ctx.model.links.filter((l) => l.a.switch === sw.name || l.b.switch === sw.name);
  return {
    id: "links",
    heading: "Links to other switches",
    blocks: [
      links.length === 0
        ? p("This switch has no links to other switches declared.")
        : table({
            caption: `Links from ${sw.name}`,
            head: ["Ports here", "Other switch", "Ports there", "Trunk", "VLANs carried"],
            rows: links.map((l) => {
              const [here, there] = l.a.switch === sw.name ? [l.a, l.b] : [l.b, l.a];
              return [
                portRunText(here.ports),
                ctx.switchLink(there.switch),
                link(href.port(there.switch, there.ports[0] ?? 1), portRunText(there.ports)),
                here.lag ? code(here.lag) : "—",
                joined([
                  ...(l.untagged ? [ctx.vlanLink(l.untagged)] : []),
                  ...l.tagged.map((v) => ctx.vlanLink(v)),
                ]),
              ];
            }),
            rowHeader: true,
          }),
    ],
  };
}
