/**
 * Renders, per switch of the site: its startup configuration (`switches/<name>.cfg`), the same
 * for zero-touch delivery ending in `ip preserve` (`<name>.ztp.cfg`), and a short runbook for
 * delivering it safely (`<name>.delivery.md`).
 */
import type { SiteModel } from "../../site/model/site-model.ts";
import type { SwitchTable } from "../../site/model/ports.ts";
import { editorHeader } from "../../site/model/switch-firmware.ts";
import type { GeneratedFile } from "../../output/files.ts";
import { headerLines, type SiteStamp } from "../../output/header.ts";
import type { TemplateEngine } from "../engine.ts";
import { arubaComment } from "./comment.ts";
import { deliveryContext } from "./delivery.ts";
import { switchConfig } from "./switch-config.ts";

/** The template every switch of the catalog is rendered with. */
export const SWITCH_TEMPLATE = "switch/arubaos-switch.cfg";
/** The template of the delivery runbook. */
export const DELIVERY_TEMPLATE = "switch/delivery.md";

/** ArubaOS-Switch configuration files ignore lines that start with a semicolon. */
const COMMENT = ";";

/** The header: the product-number line the switch checks, then Carrel's own comments. */
function configHeader(editor: string | undefined, stamp: SiteStamp, about: readonly string[]) {
  const carrel = headerLines(stamp, COMMENT, [])
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => `${COMMENT} ${arubaComment(l.slice(COMMENT.length + 1))}`);
  const notes = about.map((l) => `${COMMENT} ${arubaComment(l)}`);
  return [...(editor ? [editor] : []), ...carrel, ...notes].join("\n") + "\n";
}

/** The three files of one switch. */
function switchFiles(
  model: SiteModel,
  table: SwitchTable,
  stamp: SiteStamp,
  engine: TemplateEngine,
): GeneratedFile[] {
  const config = switchConfig(model, table);
  const delivery = deliveryContext(model, table, config, stamp);
  const editor = editorHeader(config.identity);
  const ztpNote =
    "Zero-touch variant: it ends with 'ip preserve'. Use it only when the switch fetches its configuration itself through DHCP and TFTP; upload the .cfg file otherwise.";
  return [
    {
      path: delivery.files.config,
      content: engine.render(SWITCH_TEMPLATE, {
        ...config,
        header: configHeader(editor, stamp, config.about),
        ipPreserve: false,
      }),
    },
    {
      path: delivery.files.ztp,
      content: engine.render(SWITCH_TEMPLATE, {
        ...config,
        header: configHeader(editor, stamp, [...config.about, ztpNote]),
        ipPreserve: true,
      }),
    },
    { path: delivery.files.runbook, content: engine.render(DELIVERY_TEMPLATE, delivery) },
  ];
}

/** Every switch's files, in file order of the switches. */
export function renderSwitches(
  model: SiteModel,
  stamp: SiteStamp,
  engine: TemplateEngine,
): GeneratedFile[] {
  return model.switches.flatMap((table) => switchFiles(model, table, stamp, engine));
}
