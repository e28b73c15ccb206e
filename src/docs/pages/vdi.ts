/** VDI pools: the public desktops, how many, what they run, and who may use them. */
import type { DocsContext } from "../context.ts";
import { code, facts, joined, link, list, p, strong, type Page, type Section } from "../doc.ts";
import { count } from "../format.ts";
import { href, slug } from "../slug.ts";
import { nameRun } from "./grouping.ts";

/** Builds vdi.html. */
export function vdiPage(ctx: DocsContext): Page {
  const { model } = ctx;
  const pools: Section[] = model.pools.map(({ pool, template, desktops }) => {
    const use = model.subnets.find((u) => u.vlan.name === pool.vlan);
    return {
      id: `pool-${slug(pool.name)}`,
      heading: `Pool ${pool.name}`,
      blocks: [
        facts([
          ["Desktops", [count(pool.count, "desktop"), " named ", nameRun(desktops)]],
          ["Name pattern", code(pool.namePattern)],
          ["Template", template ? [code(template.name), ` (${template.os})`] : pool.template],
          [
            "Each desktop",
            `${pool.cpus} CPU${pool.cpus === 1 ? "" : "s"}, ${pool.memoryGb} GB memory${pool.disks ? `, disks ${pool.disks.join(" + ")} GB` : ""}`,
          ],
          [
            "Kind",
            pool.linkedClone
              ? "linked clones: quick to rebuild, share the template's disk"
              : "full clones",
          ],
          [
            "Network",
            [
              ctx.vlanLink(pool.vlan),
              use
                ? `, which has ${use.dynamic} addresses in its DHCP range for ${use.desktops} desktops`
                : "",
            ],
          ],
          ["Folder", pool.folder],
          [
            "Who may use it",
            pool.entitledGroups.length
              ? joined(pool.entitledGroups.map((g) => ctx.groupLink(g)))
              : "nobody entitled yet",
          ],
          ["Description", pool.description ?? "—"],
        ]),
        ...(desktops.length > 3 ? [p(["All desktop names: ", desktops.join(", "), "."])] : []),
      ],
    };
  });
  const horizon: Section = {
    id: "horizon",
    heading: "What Carrel manages, and what stays in Horizon",
    blocks: [
      p(
        "Horizon has no Pulumi or maintained Terraform provider, so each pool is handled in two parts.",
      ),
      p([
        strong("Carrel manages, through pulumi up, in vCenter: "),
        "the desktops themselves. For each pool it makes the given number of clones of the pool's template, named by the pattern, with the pool's CPUs, memory and disks, in the pool's folder, on the pool's network (addresses by DHCP), joined to the domain. Changing the count adds or removes desktops.",
      ]),
      p([
        strong("Carrel writes a script, you run it: "),
        code("horizon/<pool>.ps1"),
        " from ",
        code("carrel render"),
        ". It creates the manual Horizon pool if it is missing, adds the desktops that are not in it yet, and entitles the pool's groups. Run it with ",
        code("-HorizonServer <connection server>"),
        " (try ",
        code("-WhatIf"),
        " first). Running it again changes nothing; it never removes a desktop or an entitlement, it only warns about them. It needs VMware PowerCLI and the VMware.Hv.Helper module.",
      ]),
      p(strong("Stays in Horizon, by hand:")),
      list([
        "the Connection Servers, their certificates and the Horizon licence;",
        "pool settings beyond membership: display protocol, power policy, session timeouts, client restrictions;",
        "instant-clone or automated pools, and the Unified Access Gateway;",
        "removing desktops from a pool after they were removed from site.yaml.",
      ]),
      p(
        "Horizon entitles Active Directory accounts: each entitled group must exist in the site's AD domain with the same name. Carrel creates the group in Entra ID; use group writeback or create it in AD too.",
      ),
    ],
  };
  return {
    path: "vdi.html",
    title: "Public desktops (VDI pools)",
    nav: "vdi",
    lead: "The public computers and catalogue kiosks are virtual desktops: copies of one prepared template, run on the servers and shown on thin clients. A pool is a set of identical desktops.",
    sections: pools.length
      ? [...pools, horizon]
      : [
          {
            id: "none",
            heading: "No pools",
            blocks: [
              p([
                "This site has no VDI pools. See ",
                link(href.network(), "the network page"),
                ".",
              ]),
            ],
          },
        ],
  };
}
