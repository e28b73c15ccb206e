/** Renders one ArubaOS-Switch configuration file per switch of the site. */
import type { SiteModel } from "../../site/model/site-model.ts";
import type { GeneratedFile } from "../../output/files.ts";
import { headerText, type SiteStamp } from "../../output/header.ts";
import type { TemplateEngine } from "../engine.ts";
import { pathSegment } from "../escape/file-name.ts";
import { switchConfig } from "./switch-config.ts";

/** The template every switch of the catalog is rendered with. */
export const SWITCH_TEMPLATE = "switch/arubaos-switch.cfg";

/** `switches/<name>.cfg` for every switch, in file order. */
export function renderSwitches(
  model: SiteModel,
  stamp: SiteStamp,
  engine: TemplateEngine,
): GeneratedFile[] {
  return model.switches.map((table) => {
    const config = switchConfig(model, table);
    // The template writes the header as `;` comment lines, which the switch ignores.
    const header = headerText(stamp, config.about);
    return {
      path: `switches/${pathSegment(table.switch.name)}.cfg`,
      content: engine.render(SWITCH_TEMPLATE, { ...config, header }),
    };
  });
}
