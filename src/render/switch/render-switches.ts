/**
 * Renders, per switch of the site: its startup configuration (`switches/<name>.cfg`), the same
 * for zero-touch delivery ending in `ip preserve` (`<name>.ztp.cfg`), and a short runbook for
 * delivering it safely (`<name>.delivery.md`).
 */
import type { SiteModel } from "../../site/model/site-model.ts";
import type { SwitchTable } from "../../site/model/ports.ts";
import type { GeneratedFile } from "../../output/files.ts";
import { headerText, type SiteStamp } from "../../output/header.ts";
import type { TemplateEngine } from "../engine.ts";
import { pathSegment } from "../escape/file-name.ts";
import { deliveryContext } from "./delivery.ts";
import { switchConfig } from "./switch-config.ts";

/** The template every switch of the catalog is rendered with. */
export const SWITCH_TEMPLATE = "switch/arubaos-switch.cfg";
/** The template of the delivery runbook. */
export const DELIVERY_TEMPLATE = "switch/delivery.md";

/** What the zero-touch variant's header adds. */
const ZTP_NOTE =
  "Zero-touch variant: it ends with 'ip preserve'. Use it only when the switch fetches its configuration itself through DHCP and TFTP; upload the .cfg file otherwise.";

/** The three files of one switch. */
function switchFiles(
  model: SiteModel,
  table: SwitchTable,
  stamp: SiteStamp,
  engine: TemplateEngine,
): GeneratedFile[] {
  // The switch's name is part of three file names: refuse one that is not a safe name.
  pathSegment(table.switch.name);
  const config = switchConfig(model, table);
  const delivery = deliveryContext(model, table, config, stamp);
  // The template writes the product-number line first, then the header as `;` comments.
  const render = (about: readonly string[], ipPreserve: boolean) =>
    engine.render(SWITCH_TEMPLATE, { ...config, header: headerText(stamp, about), ipPreserve });
  return [
    { path: delivery.files.config, content: render(config.about, false) },
    { path: delivery.files.ztp, content: render([...config.about, ZTP_NOTE], true) },
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
