/**
 * The Horizon side of each VDI pool. Horizon has no Pulumi or maintained Terraform
 * provider, so Carrel renders, per pool, an idempotent PowerCLI script the administrator
 * runs: it creates the manual pool if missing, adds the desktops Pulumi cloned and
 * entitles the pool's groups. `horizon/<pool>.ps1`.
 */
import { headerText, type GeneratedFile, type SiteStamp } from "../../output/index.ts";
import type { PoolModel, SiteModel } from "../../site/index.ts";
import type { TemplateEngine } from "../engine.ts";
import { pathSegment, powershellFile } from "../escape/index.ts";

/** The file a pool's script is written to. */
export function horizonFilePath(pool: PoolModel): string {
  return `horizon/${pathSegment(pool.pool.name)}.ps1`;
}

/** Renders one pool's script. */
export function renderHorizonPool(
  model: SiteModel,
  pool: PoolModel,
  stamp: SiteStamp,
  engine: TemplateEngine,
): GeneratedFile {
  const { site } = model;
  const header = headerText(stamp, [
    `Horizon manual pool ${pool.pool.name}: ${pool.desktops.length} desktops.`,
  ]);
  const content = engine.render("horizon/pool.ps1", {
    header,
    pool: pool.pool.name,
    // Plain values: the template quotes them with {{psq}} and {{psArray}}, so an
    // overriding template gets the same safety.
    displayName: pool.pool.description ?? pool.pool.name,
    description: `Managed by Carrel from ${site.site.name}'s site.yaml; desktops ${
      pool.desktops[0] ?? ""
    } to ${pool.desktops.at(-1) ?? ""}`,
    vcenter: site.vsphere?.server ?? "",
    desktops: pool.desktops,
    // Horizon entitles Active Directory accounts; the group is named in the site's domain.
    groups: [...new Set(pool.pool.entitledGroups)].sort().map((g) => `${g}@${site.site.domain}`),
  });
  return { path: horizonFilePath(pool), content: powershellFile(content) };
}

/** One script per VDI pool, sorted by path; none when the site has no pools. */
export function renderHorizon(
  model: SiteModel,
  stamp: SiteStamp,
  engine: TemplateEngine,
): GeneratedFile[] {
  return model.pools
    .map((pool) => renderHorizonPool(model, pool, stamp, engine))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
