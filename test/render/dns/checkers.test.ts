import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { checkZone } from "../checkers.ts";
import { filesUnder, renderTestSite, SITE_NAMES } from "../sites.ts";

describe("rendered zone files pass named-checkzone", () => {
  const cases = SITE_NAMES.flatMap((site) =>
    filesUnder(renderTestSite(site), "dns/")
      .filter((f) => f.path.endsWith(".zone"))
      .map((file) => [`${site}: ${file.path}`, file] as const),
  );

  it.each(cases)("%s", (_name, file) => {
    // given a zone file named after its zone, when BIND checks it
    const zone = basename(file.path, ".zone");
    const result = checkZone(zone, file.content);
    // then BIND loads it
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(
      new RegExp(`zone ${zone.replaceAll(".", "\\.")}/IN: loaded serial \\d+`),
    );
  });
});
