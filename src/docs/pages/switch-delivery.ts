/**
 * Two sections of a switch's page: how its configuration is delivered safely (a summary of the
 * generated runbook, with links to it and to the zero-touch file), and what its clock can and
 * cannot do with the site's time zone.
 */
import {
  clockMismatches,
  mismatchWords,
  spanWords,
  switchDelivery,
  RULE_YEAR,
  type SwitchTable,
} from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import { code, link, list, p, strong, type Inline, type Section } from "../doc.ts";
import { href } from "../slug.ts";

function fileLink(ctx: DocsContext, path: string, text: string): Inline {
  return ctx.configPaths.has(path) ? link(href.config(path), text) : code(text);
}

/** "Delivering the configuration": back up, upload, restart in the window, check. */
export function switchDeliverySection(ctx: DocsContext, t: SwitchTable): Section {
  const d = switchDelivery(ctx.model, t);
  const name = t.switch.name;
  const window: Inline = d.window
    ? ["in the maintenance window, ", strong(`${d.window.day} ${d.window.from}-${d.window.to}`)]
    : "at a quiet time (site.yaml names no maintenance window)";
  return {
    id: "delivery",
    heading: "Delivering the configuration",
    blocks: [
      p([
        "Carrel writes a short runbook for loading the configuration onto ",
        code(name),
        ": ",
        fileLink(ctx, d.runbookFile, d.runbookFile),
        ". In short:",
      ]),
      list(
        [
          [
            "Back up what the switch runs now: over SFTP from ",
            code(d.managementAddress),
            ", fetch ",
            code("/cfg/running-config"),
            ".",
          ],
          [
            "Upload ",
            fileLink(ctx, d.configFile, d.configFile),
            " as the startup configuration (SFTP to ",
            code("/cfg/startup-config"),
            ", or TFTP with ",
            code("copy tftp startup-config"),
            "). The switch checks that the file's first line names its own product number.",
          ],
          ["Restart the switch ", window, "; do not save the running configuration when asked."],
          [
            "Fetch the running configuration again and check it with ",
            code("carrel drift"),
            "; if anything is wrong, upload the backup the same way.",
          ],
        ],
        true,
      ),
      p([
        "For a new or factory-reset switch that fetches its own configuration through DHCP and TFTP (zero-touch), use ",
        fileLink(ctx, d.ztpFile, d.ztpFile),
        " instead: it ends with ",
        code("ip preserve"),
        ", which keeps the address DHCP gave the switch while it is being set up.",
      ]),
    ],
  };
}

/** "Clock": the offset and rule the switch uses, and when it shows the wrong time. */
export function switchClockSection(ctx: DocsContext): Section {
  const clock = ctx.model.switchClock;
  const year = clockMismatches(clock, Date.UTC(RULE_YEAR, 0, 1), Date.UTC(RULE_YEAR + 1, 0, 1));
  const settings: Inline = [
    code(`time timezone ${clock.timezone}`),
    " and ",
    code(`time daylight-time-rule ${clock.rule}`),
  ];
  return {
    id: "clock",
    heading: "Clock",
    blocks: [
      p([
        "The switch keeps the library's time (",
        code(clock.zone),
        ") with ",
        settings,
        ". It can only move its clock by one hour, at 02:00 local time, on a Sunday it finds from a fixed date.",
      ]),
      clock.exact || year.length === 0
        ? p(`That matches ${clock.zone} exactly, so log times on the switch are right all year.`)
        : p([
            `${clock.zone} changes its clock differently, so Carrel picked the setting that is wrong for the shortest time. In ${RULE_YEAR} the switch shows the wrong time `,
            year.length === 1 ? "once: " : `${year.length} times: `,
            year.map(mismatchWords).join("; "),
            ` (local time), ${spanWords(year.reduce((s, m) => s + (m.end - m.start) / 60_000, 0))} in all. Log entries from those hours are off by that much; carrel validate warns before each change.`,
          ]),
    ],
  };
}
