/**
 * The `site:` section of a draft: what the sources say (the domain from a zone, the time
 * zone from the switches), what the command line gives (`--name`, `--code`), and otherwise
 * values to fill in, each commented so.
 */
import type { MergeContext } from "./context.ts";
import type { Tree } from "./place.ts";

/** What the command line says about the site. */
export interface SiteOptions {
  readonly name?: string | undefined;
  readonly code?: string | undefined;
  readonly timezone?: string | undefined;
  readonly domain?: string | undefined;
}

/** Domain labels that say nothing about the library. */
const GENERIC = new Set([
  "ad",
  "corp",
  "local",
  "lan",
  "internal",
  "int",
  "intra",
  "net",
  "org",
  "com",
  "edu",
  "gov",
  "us",
  "uk",
  "ca",
  "au",
  "lib",
  "library",
  "dc",
]);

/** A site code (R1: `[a-z][a-z0-9-]{1,15}`) from a domain: `ad.rbpl.org` → `rbpl`. */
export function codeFromDomain(domain: string): string | undefined {
  const labels = domain.toLowerCase().split(".").slice(0, -1);
  const label = labels.find((l) => !GENERIC.has(l)) ?? labels[0];
  const code = label
    ?.replace(/[^a-z0-9-]/g, "")
    .replace(/^[^a-z]+/, "")
    .slice(0, 16);
  return code && code.length >= 2 ? code : undefined;
}

/** Fills in the site section, in the order site.yaml writes it. */
export function siteSection(
  placed: Tree,
  options: SiteOptions,
  domain: string | undefined,
  ctx: MergeContext,
): Tree {
  const site: Tree = {};
  const set = (key: string, value: unknown, comment: string | undefined) => {
    site[key] = value;
    if (comment) ctx.comments.key(site, key, comment);
  };
  set(
    "name",
    options.name ?? null,
    options.name ? undefined : "fill in: the library's name, or give --name",
  );
  const fromDomain = domain ? codeFromDomain(domain) : undefined;
  if (options.code) set("code", options.code, undefined);
  else if (typeof placed.code === "string") site.code = placed.code;
  else
    set(
      "code",
      fromDomain ?? null,
      fromDomain
        ? `guessed: from the domain ${domain}; or give --code`
        : "fill in: a short id like rbpl, or give --code",
    );
  if (options.timezone) set("timezone", options.timezone, undefined);
  else if (placed.timezone !== undefined) site.timezone = placed.timezone;
  else
    set(
      "timezone",
      "UTC",
      "guessed: no source gives the time zone; give --timezone (like America/New_York)",
    );
  if (options.domain) set("domain", options.domain, undefined);
  else if (placed.domain !== undefined) site.domain = placed.domain;
  else
    set(
      "domain",
      domain ?? null,
      domain
        ? "guessed: the domain name DHCP hands out"
        : "fill in: the internal DNS domain, or give --domain",
    );
  for (const [k, v] of Object.entries(placed)) if (!(k in site)) site[k] = v;
  // Comments the sources put on the placed keys move with them.
  const comments = ctx.comments.get(placed);
  if (comments)
    for (const [k, texts] of comments.keys)
      if (!options[k as keyof SiteOptions]) for (const t of texts) ctx.comments.key(site, k, t);
  return site;
}
