/** Backups and maintenance: what is backed up, when, for how long, and when work may happen. */
import type { DocsContext } from "../context.ts";
import { code, joined, link, note, p, table, type Inline, type Page } from "../doc.ts";
import { href, slug } from "../slug.ts";
import { nameRun } from "./grouping.ts";

/** Builds operations.html. */
export function operationsPage(ctx: DocsContext): Page {
  const { model } = ctx;
  const ops = model.site.operations;
  const jobs = ops?.backups ?? [];
  const covered = (covers: string | readonly string[]) =>
    model.vms.filter((v) =>
      Array.isArray(covers) ? covers.includes(v.vm.name) : v.vm.backup === covers,
    );
  const unprotected = model.vms.filter((v) => v.vm.backup === "none");
  const target = (t: string): Inline =>
    t.startsWith("azure:")
      ? [link(href.azure() + "#backup-storage", "Azure"), " container ", code(t.slice(6))]
      : t;
  return {
    path: "operations.html",
    title: "Backups and maintenance",
    nav: "operations",
    lead: "When backups run, what they hold and how long they are kept, and when planned work on the systems may happen.",
    sections: [
      {
        id: "maintenance",
        heading: "Maintenance window",
        blocks: [
          ops?.maintenanceWindow
            ? p([
                "Planned work that may interrupt services happens ",
                code(ops.maintenanceWindow),
                ", when the library is closed or quiet. Tell staff beforehand.",
              ])
            : p("No maintenance window is set."),
        ],
      },
      {
        id: "backups",
        heading: "Backup jobs",
        blocks: [
          jobs.length === 0
            ? p("No backup jobs are declared.")
            : table({
                caption: "Backup jobs",
                head: ["Job", "Covers", "Schedule", "Kept for (days)", "Stored in"],
                numeric: [3],
                rows: jobs.map((j): Inline[] => {
                  const vms = covered(j.covers);
                  const names = vms.map((v) => v.vm.name);
                  return [
                    j.name,
                    [
                      Array.isArray(j.covers)
                        ? "named VMs: "
                        : [`every VM with backup `, code(String(j.covers)), ": "],
                      vms.length > 20
                        ? nameRun(names)
                        : vms.length
                          ? joined(vms.map((v) => ctx.vmLink(v.vm.name)))
                          : "none yet",
                    ],
                    j.schedule,
                    j.retentionDays,
                    target(j.target),
                  ];
                }),
                rowIds: jobs.map((j) => `backup-${slug(j.name)}`),
                rowHeader: true,
              }),
          unprotected.length
            ? note([
                "Not backed up (backup: none), rebuild these from site.yaml instead: ",
                joined(unprotected.map((v) => ctx.vmLink(v.vm.name))),
                ".",
              ])
            : p("Every VM is backed up."),
        ],
      },
      {
        id: "runbooks",
        heading: "Runbooks",
        blocks: [
          p(["Step-by-step instructions are on the ", link("runbooks.html", "runbooks page"), "."]),
        ],
      },
    ],
  };
}
