/**
 * The Compliance page (`carrel docs --running DIR`): the same verdicts as `carrel drift`,
 * dated, for whoever reads the docs: each device compliant or not, and each difference with
 * the place in site.yaml that would change it and the running line involved.
 */
import { formatPath } from "../../site/issue.ts";
import { compliant, type DeviceReport, type DriftReport } from "../../drift/report.ts";
import type { DocsContext } from "../context.ts";
import { code, list, note, p, table, type Inline, type Page, type Section } from "../doc.ts";
import { longDate } from "../format.ts";
import { slug } from "../slug.ts";

function deviceSection(ctx: DocsContext, report: DriftReport, d: DeviceReport): Section {
  const kind = d.kind === "switch" ? "switch" : "DHCP server";
  const name: Inline = d.kind === "switch" ? ctx.switchLink(d.name) : d.name;
  const blocks = compliant(d)
    ? [
        p([
          "Compliant: the running configuration ",
          code(d.file),
          " matches what site.yaml renders.",
        ]),
      ]
    : [
        p([
          "Not compliant: the running configuration ",
          code(d.file),
          ` differs from site.yaml in ${d.differences.length} ${d.differences.length === 1 ? "place" : "places"}.`,
        ]),
        table({
          caption: `Differences on ${d.name}`,
          head: ["Difference", "Where site.yaml says it", "Running line"],
          rows: d.differences.map((diff): Inline[] => [
            diff.message,
            diff.site
              ? code(
                  `${report.site}${diff.site.line !== undefined ? `:${diff.site.line}` : ""}  ${formatPath(diff.site.path)}`,
                )
              : "",
            diff.running
              ? code(`${diff.running.line}: ${diff.running.text ?? "(a line with a secret)"}`)
              : "",
          ]),
        }),
      ];
  if (d.notCompared.length > 0) blocks.push(note(`Not compared: ${d.notCompared.join("; ")}.`));
  return {
    id: `device-${slug(d.name)}`,
    heading: [name, ` (${kind}): ${compliant(d) ? "compliant" : "not compliant"}`],
    blocks,
  };
}

/** Builds compliance.html from a drift report. */
export function compliancePage(ctx: DocsContext, report: DriftReport): Page {
  const ok = report.devices.filter(compliant).length;
  const sections: Section[] = report.devices.map((d) => deviceSection(ctx, report, d));
  if (report.unknown.length > 0)
    sections.push({
      id: "unknown",
      heading: "Devices site.yaml does not describe",
      blocks: [
        list(
          report.unknown.map((u) => [
            code(u.file),
            `: the running configuration of ${u.kind === "switch" ? "switch" : "DHCP server"} ${u.name}`,
          ]),
        ),
      ],
    });
  if (report.missing.length > 0)
    sections.push({
      id: "not-checked",
      heading: "Not checked",
      blocks: [
        p(
          `No running configuration was given for ${report.missing.map((m) => m.name).join(", ")}.`,
        ),
      ],
    });
  return {
    path: "compliance.html",
    title: "Compliance",
    nav: "compliance",
    lead: [
      `On ${longDate(report.date)}, the running configurations were compared with what site.yaml renders: `,
      `${ok} of ${report.devices.length + report.unknown.length} devices compliant. `,
      "A difference is fixed either by changing site.yaml at the place shown (to accept what runs) or by rendering and delivering the configuration again (to follow site.yaml).",
    ],
    sections,
  };
}
