import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";

const FIXTURES = new URL("../fixtures/sites/", import.meta.url).pathname;

/** Every href in the written pages that points at a missing file or fragment. */
function brokenLinks(dir: string): string[] {
  const pages = readdirSync(dir).filter((f) => f.endsWith(".html"));
  const text = new Map(pages.map((p) => [p, readFileSync(join(dir, p), "utf8")]));
  const ids = (p: string) =>
    new Set([...text.get(p)!.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const broken: string[] = [];
  for (const [page, html] of text)
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (/^(mailto:|https?:)/.test(href!)) continue;
      const [file, fragment] = href!.split("#");
      const target = file || page;
      if (target.startsWith("configs/") || target === "style.css") continue;
      if (!text.has(target)) broken.push(`${page}: ${href}`);
      else if (fragment && !ids(target).has(fragment)) broken.push(`${page}: ${href}`);
    }
  return broken;
}

describe("docs of sites without the optional sections", () => {
  for (const name of readdirSync(FIXTURES).sort())
    it(`builds the ${name} fixture with no broken links`, async () => {
      const out = mkdtempSync(join(tmpdir(), `carrel-docs-${name}-`));
      try {
        const code = await main(["docs", join(FIXTURES, name, "site.yaml"), "--out", out], {
          out: () => {},
          err: () => {},
        });
        expect(code).toBe(0);
        expect(readdirSync(out)).toContain("index.html");
        expect(brokenLinks(out)).toEqual([]);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
});
