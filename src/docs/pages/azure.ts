/** Azure: the resource group, backup storage, log workspace and the VPN to the library. */
import { formatCidr } from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import { code, facts, joined, link, p, type Page, type Section } from "../doc.ts";
import { href } from "../slug.ts";
import { wordsUsedHere } from "./glossary.ts";

/** Builds azure.html. */
export function azurePage(ctx: DocsContext): Page {
  const { model } = ctx;
  const az = model.site.azure;
  const sections: Section[] = [];
  if (az) {
    sections.push({
      id: "resource-group",
      heading: "Resource group",
      blocks: [
        facts([
          ["Resource group", code(az.resourceGroup)],
          ["Azure region", code(az.location)],
        ]),
      ],
    });
    if (az.backup) {
      const b = az.backup;
      const jobs = (model.site.operations?.backups ?? []).filter((j) =>
        j.target.startsWith("azure:"),
      );
      sections.push({
        id: "backup-storage",
        heading: "Backup storage",
        blocks: [
          facts([
            ["Storage account", code(b.storageAccount)],
            ["Containers", joined(b.containers.map((c) => code(c)))],
            [
              "Protection",
              `Nobody can change or delete a backup for ${b.immutableDays} days after it is written (immutability), not even an administrator.`,
            ],
            [
              "Cost saving",
              `After ${b.coolAfterDays} days backups move to cheaper cool storage (the lifecycle policy).`,
            ],
            ["Deletion", `Backups are deleted automatically after ${b.deleteAfterDays} days.`],
            ["Security", "HTTPS only, TLS 1.2 or newer, no public access to the files."],
            [
              "Backup jobs writing here",
              jobs.length ? joined(jobs.map((j) => link(href.backup(j.name), j.name))) : "none",
            ],
          ]),
        ],
      });
    }
    if (az.logAnalytics)
      sections.push({
        id: "log-analytics",
        heading: "Log Analytics",
        blocks: [
          p(
            `A Log Analytics workspace collects logs and keeps them for ${az.logAnalytics.retentionDays} days.`,
          ),
        ],
      });
    if (az.vpn) {
      const v = az.vpn;
      const onPrem =
        v.onPremises.addressSpaces ??
        model.vlans.filter((x) => !x.vlan.isolated).map((x) => formatCidr(x.cidr));
      sections.push({
        id: "vpn",
        heading: "VPN to the library",
        blocks: [
          p(
            "A site-to-site VPN joins the Azure network to the library's network, so servers in the library can reach Azure privately.",
          ),
          facts([
            ["Azure address space", code(v.addressSpace)],
            ["Gateway subnet", code(v.gatewaySubnet)],
            ["VPN gateway size (SKU)", code(v.sku)],
            ["Library firewall's public address", code(v.onPremises.publicIp)],
            ["Library networks reachable from Azure", joined(onPrem.map((c) => code(c)))],
            ["Shared key", "kept as a Pulumi secret; never written in site.yaml or in this site"],
          ]),
        ],
      });
    }
  }
  if (az)
    sections.push({
      id: "words",
      heading: "Words",
      blocks: [
        wordsUsedHere(model, [
          "Resource group",
          "Azure region",
          "Storage account",
          "Container",
          "Immutable backup",
          "Cool storage",
          "Lifecycle policy",
          "TLS / HTTPS",
          "Log Analytics workspace",
          "VPN",
          "VPN gateway",
          "Address space",
          "Gateway subnet",
          "SKU",
          "Public IP address",
          "Shared key",
        ]),
      ],
    });
  return {
    path: "azure.html",
    title: "Azure",
    nav: "azure",
    lead: "What the library runs in Microsoft Azure: off-site backup storage, a log workspace, and the VPN that joins Azure to the library's network.",
    sections: az
      ? sections
      : [{ id: "none", heading: "Not used", blocks: [p("This site does not use Azure.")] }],
  };
}
