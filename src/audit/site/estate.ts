/**
 * Site checks on the rest of the estate: licences and contracts current, equipment within its
 * lifespan, backups immutable and covering every VM, logs kept 90 days, a current VPN SKU.
 */
import { backupCoverage, jobsCovering } from "../../site/model/backups.ts";
import { dueStanding, replacementDate } from "../../site/model/lifecycle.ts";
import type { Finding, Outcome } from "../report.ts";
import { notApplicable, outcome, siteFinding, type SiteAudit } from "./context.ts";

/** Days of logs CIS Controls 8.10 asks to keep. */
export const LOG_RETENTION_DAYS = 90;

/** VPN gateway SKUs Azure is retiring. */
const LEGACY_VPN_SKUS = ["basic", "standard", "highperformance"];

function notDated(id: string): Outcome {
  return {
    check: id,
    applies: true,
    unchecked: true,
    note: "no date to judge on (give --date, or commit site.yaml)",
    findings: [],
  };
}

function renewals(audit: SiteAudit): Outcome[] {
  const site = audit.model.site;
  const licences = site.inventory?.licenses ?? [];
  const vendors = site.site.vendors;
  const dated = [
    ...licences.flatMap((l, i) =>
      l.renews
        ? [
            {
              what: `licence '${l.name}'`,
              date: l.renews,
              path: ["inventory", "licenses", i, "renews"],
            },
          ]
        : [],
    ),
    ...vendors.flatMap((v, i) =>
      v.contractEnds
        ? [
            {
              what: `${v.name}'s contract${v.contract ? ` ${v.contract}` : ""}`,
              date: v.contractEnds,
              path: ["site", "vendors", i, "contractEnds"],
            },
          ]
        : [],
    ),
  ];
  if (dated.length === 0)
    return ["licences-expired", "renewals-soon"].map((id) =>
      notApplicable(id, "no licence renewal or contract end date is recorded"),
    );
  if (audit.date === undefined) return [notDated("licences-expired"), notDated("renewals-soon")];
  const expired: Finding[] = [];
  const soon: Finding[] = [];
  for (const d of dated) {
    const standing = dueStanding(d.date, audit.date);
    if (standing.state === "overdue")
      expired.push(
        siteFinding(
          audit,
          "licences-expired",
          `${d.what} ended on ${d.date}, ${standing.days} days ago: renew it, or record the new date`,
          d.path,
        ),
      );
    else if (standing.state === "soon")
      soon.push(
        siteFinding(
          audit,
          "renewals-soon",
          `${d.what} ends on ${d.date}, in ${standing.days} days`,
          d.path,
        ),
      );
  }
  return [outcome("licences-expired", expired), outcome("renewals-soon", soon)];
}

function lifespan(audit: SiteAudit): Outcome {
  const assets = audit.model.site.inventory?.assets ?? [];
  if (assets.length === 0) return notApplicable("asset-lifespan", "no inventory assets");
  if (audit.date === undefined) return notDated("asset-lifespan");
  const on = audit.date;
  const findings = assets.flatMap((a, i) => {
    const due = replacementDate(a);
    const standing = dueStanding(due, on);
    return standing.state === "overdue"
      ? [
          siteFinding(
            audit,
            "asset-lifespan",
            `${a.id} (${a.model}) reached the end of its ${a.lifespanYears}-year lifespan on ${due}: plan its replacement`,
            ["inventory", "assets", i, "purchased"],
          ),
        ]
      : [];
  });
  return outcome("asset-lifespan", findings);
}

function backups(audit: SiteAudit): Outcome[] {
  const site = audit.model.site;
  const jobs = backupCoverage(site);
  const vms = site.vsphere?.vms ?? [];
  const immutable =
    jobs.length === 0
      ? notApplicable("backup-immutable", "no backup jobs")
      : outcome(
          "backup-immutable",
          jobs.flatMap((j, i) => {
            const ok =
              j.container !== undefined &&
              site.azure?.backup !== undefined &&
              site.azure.backup.containers.includes(j.container);
            return ok
              ? []
              : [
                  siteFinding(
                    audit,
                    "backup-immutable",
                    `backup job '${j.job.name}' writes to ${j.job.target}, which Carrel cannot show is immutable: send it to an azure:<container> listed under azure.backup, whose immutability policy protects every copy for immutableDays`,
                    ["operations", "backups", i, "target"],
                  ),
                ];
          }),
        );
  const coverage =
    vms.length === 0
      ? notApplicable("backup-coverage", "no VMs")
      : outcome(
          "backup-coverage",
          vms.flatMap((vm, i) =>
            vm.backup === "none" || jobsCovering(site, vm).length === 0
              ? [
                  siteFinding(
                    audit,
                    "backup-coverage",
                    vm.backup === "none"
                      ? `VM '${vm.name}' is not backed up (backup: none): if it can be rebuilt from scratch, say so in its description; otherwise give it a backup class`
                      : `VM '${vm.name}' has backup: ${vm.backup} but no job covers that class`,
                    ["vsphere", "vms", i, "backup"],
                  ),
                ]
              : [],
          ),
        );
  return [immutable, coverage];
}

function retention(audit: SiteAudit): Outcome {
  const la = audit.model.site.azure?.logAnalytics;
  if (!la) return notApplicable("log-retention", "no Log Analytics workspace");
  return outcome(
    "log-retention",
    la.retentionDays < LOG_RETENTION_DAYS
      ? [
          siteFinding(
            audit,
            "log-retention",
            `logs are kept ${la.retentionDays} days; keep them at least ${LOG_RETENTION_DAYS}`,
            ["azure", "logAnalytics", "retentionDays"],
          ),
        ]
      : [],
  );
}

function vpnSku(audit: SiteAudit): Outcome {
  const vpn = audit.model.site.azure?.vpn;
  if (!vpn) return notApplicable("vpn-sku", "no Azure VPN");
  const legacy = LEGACY_VPN_SKUS.includes(vpn.sku.toLowerCase());
  return outcome(
    "vpn-sku",
    legacy
      ? [
          siteFinding(
            audit,
            "vpn-sku",
            `the VPN gateway uses the ${vpn.sku} size, a legacy one Azure is retiring: move it to VpnGw1 or larger`,
            ["azure", "vpn", "sku"],
          ),
        ]
      : [],
  );
}

/** The estate's checks. */
export function estateChecks(audit: SiteAudit): Outcome[] {
  return [...renewals(audit), lifespan(audit), ...backups(audit), retention(audit), vpnSku(audit)];
}
