/** "Start here": how the library reaches the internet, and whom to call about it. */
import type { Vendor } from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import { code, facts, joined, link, note, p, type Block, type Section } from "../doc.ts";
import { href } from "../slug.ts";
import { yamlExample } from "./yaml-example.ts";

/** Vendors whose `provides` names one of `what`. */
function vendorsProviding(ctx: DocsContext, what: readonly string[]) {
  return ctx.model.site.site.vendors.filter((v) =>
    v.provides.some((x) => what.includes(x.toLowerCase())),
  );
}

/** A vendor with its phone, email and contract. */
function vendorFacts(ctx: DocsContext, v: Vendor) {
  return [
    link(href.vendor(v.name), v.name),
    v.phone ? [", phone ", v.phone] : "",
    v.email ? [", ", link(`mailto:${v.email}`, v.email)] : "",
    v.contract ? [", contract ", code(v.contract)] : "",
    v.contractEnds ? [" ending ", ctx.dueDate(v.contractEnds)] : "",
  ];
}

/** The internet router and provider, with whom to call. */
export function internet(ctx: DocsContext): Section {
  const { model } = ctx;
  const upstream = model.site.network.upstream;
  const router = upstream
    ? model.statics.find((s) => s.text === upstream.gateway && s.kind !== "gateway")
    : undefined;
  const providers = vendorsProviding(ctx, ["internet", "isp", "broadband"]);
  const support = vendorsProviding(ctx, ["firewall", "router"]).filter(
    (v) => !providers.includes(v),
  );
  const blocks: Block[] = [
    facts([
      [
        "Internet router",
        upstream
          ? [
              code(upstream.gateway),
              router ? [" (", router.name, ")"] : "",
              upstream.description ? `: ${upstream.description}` : "",
            ]
          : "not recorded in site.yaml",
      ],
      [
        "Internet provider",
        providers.length
          ? joined(
              providers.map((v) => vendorFacts(ctx, v)),
              "; ",
            )
          : "not recorded in site.yaml",
      ],
      ...(support.length
        ? [
            [
              "Router and firewall support",
              joined(
                support.map((v) => vendorFacts(ctx, v)),
                "; ",
              ),
            ] as const,
          ]
        : []),
    ]),
  ];
  if (!upstream)
    blocks.push(
      note([
        "site.yaml does not name the internet router. Declare it as a host on its VLAN and name it under ",
        code("network.upstream"),
        ":",
      ]),
      yamlExample(
        ["network", "upstream"],
        { gateway: "<the router's inside address>", description: "Internet router" },
        "Example upstream entry",
      ),
    );
  if (!providers.length)
    blocks.push(
      note([
        "No vendor in site.yaml provides ",
        code("internet"),
        ". Add ",
        code("internet"),
        " to the ",
        code("provides"),
        " list of your internet provider under ",
        code("site.vendors"),
        ", with its support phone number.",
      ]),
    );
  blocks.push(
    p([
      "If the internet is down for everyone, check the router first, then call the provider. The ",
      link("network.html#services", "network page"),
      " lists the DNS and DHCP servers that keep devices working inside the library.",
    ]),
  );
  return { id: "internet", heading: "The internet connection", blocks };
}
