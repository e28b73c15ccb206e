/** VDI pools: the public desktops, how many, what they run, and who may use them. */
import type { DocsContext } from "../context.ts";
import { code, facts, joined, link, p, type Page, type Section } from "../doc.ts";
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
  return {
    path: "vdi.html",
    title: "Public desktops (VDI pools)",
    nav: "vdi",
    lead: "The public computers and catalogue kiosks are virtual desktops: copies of one prepared template, run on the servers and shown on thin clients. A pool is a set of identical desktops.",
    sections: pools.length
      ? pools
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
