/**
 * Backups and maintenance: what is really backed up (and what is not), when, for how long,
 * where the copies are kept, and when planned work may happen.
 */
import { backupCoverage, type BackupCoverage } from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import {
  code,
  joined,
  link,
  list,
  note,
  p,
  table,
  type Block,
  type Inline,
  type Page,
  type Section,
} from "../doc.ts";
import { count } from "../format.ts";
import { href, slug } from "../slug.ts";
import { nameRun } from "./grouping.ts";
import { splitTitle } from "./runbooks.ts";
import { yamlExample } from "./yaml-example.ts";

/** Builds operations.html. */
export function operationsPage(ctx: DocsContext): Page {
  const coverage = backupCoverage(ctx.model.site);
  return {
    path: "operations.html",
    title: "Backups and maintenance",
    nav: "operations",
    lead: "What is backed up and what is not, when backups run, how long they are kept and where, and when planned work on the systems may happen.",
    sections: [
      maintenance(ctx),
      whatIsBackedUp(ctx, coverage),
      whereStored(ctx, coverage),
      runbooks(ctx),
    ],
  };
}

function maintenance(ctx: DocsContext): Section {
  const window = ctx.model.site.operations?.maintenanceWindow;
  return {
    id: "maintenance",
    heading: "Maintenance window",
    blocks: [
      window
        ? p([
            "Planned work that may interrupt services happens ",
            code(window),
            ", when the library is closed or quiet. Tell staff beforehand.",
          ])
        : p([
            "No maintenance window is set. Agree one with the library and record it as ",
            code("operations.maintenanceWindow"),
            ' (for example "Sun 06:00-10:00").',
          ]),
    ],
  };
}

/** Where a job writes: a link to the Azure container, or the words site.yaml gives. */
function target(c: BackupCoverage): Inline {
  return c.container !== undefined
    ? ["Azure container ", link(href.azureBackups(), code(c.container))]
    : c.job.target;
}

/** One sentence that says what the jobs really cover. */
function summary(ctx: DocsContext, coverage: readonly BackupCoverage[]): Block {
  const vms = ctx.model.vms;
  const covered = new Set(coverage.flatMap((c) => c.vms.map((v) => v.name)));
  if (vms.length === 0 && coverage.length === 0)
    return p(
      "site.yaml declares no backup jobs, and there are no virtual machines for Carrel to back up. Whatever else needs a copy (file shares, the library system's data) is not recorded here.",
    );
  if (vms.length === 0)
    return p([
      count(coverage.length, "backup job"),
      " ",
      coverage.length === 1 ? "is" : "are",
      " declared, but this site has no virtual machines, so they back up no VM that site.yaml knows of.",
    ]);
  if (coverage.length === 0)
    return p([
      "site.yaml declares no backup jobs: none of the ",
      count(vms.length, "virtual machine"),
      " is backed up by a job Carrel knows of.",
    ]);
  return p([
    `${covered.size} of ${count(vms.length, "virtual machine")} ${covered.size === 1 ? "is" : "are"} backed up by `,
    count(coverage.length, "job"),
    covered.size < vms.length
      ? `; ${vms.length - covered.size} ${vms.length - covered.size === 1 ? "is" : "are"} not.`
      : ".",
  ]);
}

function whatIsBackedUp(ctx: DocsContext, coverage: readonly BackupCoverage[]): Section {
  const unprotected = ctx.model.vms.filter((v) => v.vm.backup === "none");
  const blocks: Block[] = [summary(ctx, coverage)];
  if (coverage.length)
    blocks.push(
      table({
        caption: "Backup jobs",
        head: ["Job", "Covers", "Schedule", "Kept for (days)", "Stored in"],
        numeric: [3],
        rows: coverage.map((c): Inline[] => {
          const names = c.vms.map((v) => v.name);
          return [
            c.job.name,
            [
              Array.isArray(c.job.covers)
                ? "named VMs: "
                : ["every VM with backup ", code(String(c.job.covers)), ": "],
              names.length > 20
                ? nameRun(names)
                : names.length
                  ? joined(names.map((n) => ctx.vmLink(n)))
                  : "no VM yet",
            ],
            c.job.schedule,
            c.job.retentionDays,
            target(c),
          ];
        }),
        rowIds: coverage.map((c) => `backup-${slug(c.job.name)}`),
        rowHeader: true,
      }),
    );
  if (unprotected.length)
    blocks.push(
      note([
        "Not backed up (backup: none); rebuild these from site.yaml instead: ",
        joined(unprotected.map((v) => ctx.vmLink(v.vm.name))),
        ".",
      ]),
    );
  blocks.push(
    p([
      "Switch, DHCP and DNS configurations need no backup job: they are generated from site.yaml, so the repository holds them (see ",
      link("how-to-change.html", "how to change this site"),
      ").",
    ]),
  );
  if (!coverage.length && ctx.model.vms.length) blocks.push(...howToAddJob(ctx));
  else if (!ctx.model.vms.length)
    blocks.push(
      p([
        "Backup jobs in site.yaml describe the backups of virtual machines, and this site has none. Write down how other copies are made (a file server or NAS copied off site, for example) in a runbook listed under ",
        code("operations.runbooks"),
        ".",
      ]),
    );
  return { id: "backups", heading: "What is backed up", blocks };
}

/** An example job built from the site's own storage and backup classes. */
function howToAddJob(ctx: DocsContext): Block[] {
  const { site } = ctx.model;
  const container = site.azure?.backup?.containers[0];
  const room = site.site.locations[0]?.name;
  return [
    p(["To record a backup, add a job under ", code("operations.backups"), ", for example:"]),
    yamlExample(
      ["operations", "backups"],
      [
        {
          name: "nightly",
          covers: "daily",
          schedule: "02:00 daily",
          retentionDays: 30,
          target: container ? `azure:${container}` : `NAS in ${room ?? "the server room"}`,
        },
      ],
      "Example backup job",
    ),
    p([
      "A job covers every VM whose ",
      code("backup"),
      " is its class (daily, weekly, monthly), or the VMs it names.",
    ]),
  ];
}

function whereStored(ctx: DocsContext, coverage: readonly BackupCoverage[]): Section {
  const store = ctx.model.site.azure?.backup;
  const elsewhere = [...new Set(coverage.filter((c) => !c.container).map((c) => c.job.target))];
  const items: Inline[] = [];
  if (store) {
    const used = new Set(coverage.flatMap((c) => (c.container ? [c.container] : [])));
    items.push([
      link(href.azureBackups(), ["Azure storage account ", code(store.storageAccount)]),
      ": containers ",
      joined(
        store.containers.map((name) => [
          code(name),
          used.has(name) ? "" : " (no job in site.yaml writes here)",
        ]),
      ),
      `. Nobody can change or delete a copy for ${store.immutableDays} days; copies are deleted after ${store.deleteAfterDays} days.`,
    ]);
  }
  for (const text of elsewhere) items.push([text, " (named in site.yaml; not managed by Carrel)"]);
  return {
    id: "storage",
    heading: "Where the copies are kept",
    blocks: items.length
      ? [list(items)]
      : [p("site.yaml records no backup storage: no Azure backup account and no job target.")],
  };
}

function runbooks(ctx: DocsContext): Section {
  const restore = ctx.input.runbooks.find((r) => /restore|backup/i.test(r.path));
  return {
    id: "runbooks",
    heading: "Runbooks",
    blocks: [
      p([
        "Step-by-step instructions are on the ",
        link("runbooks.html", "runbooks page"),
        restore
          ? [", including ", link(href.runbook(restore.path), splitTitle(restore).title)]
          : "",
        ".",
      ]),
    ],
  };
}
