import { describe, expect, it } from "vitest";
import { repositoryProblem } from "../../../src/site/rules/site-repository.ts";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("site.currency", () => {
  it("accepts the example's USD and defaults to USD when absent", () => {
    expect(found(check(EXAMPLE), "currency")).toEqual([]);
    const none = edit(EXAMPLE, "  currency: USD ", "  # no currency ");
    expect(check(none.text).site?.site.currency).toBe("USD");
  });

  it("refuses a lower-case code, a symbol and a made-up code, saying what to write", () => {
    const lower = edit(EXAMPLE, "currency: USD", "currency: eur");
    expect(found(check(lower.text), "currency")).toEqual([
      `${lower.line}:${lower.col + 10} site.currency 'eur' is not an ISO 4217 currency code; write it in capitals: EUR`,
    ]);
    const symbol = edit(EXAMPLE, "currency: USD", 'currency: "£"');
    expect(found(check(symbol.text), "currency")).toEqual([
      `${symbol.line}:${symbol.col + 10} site.currency '£' is not an ISO 4217 currency code; write the code, not the symbol: GBP`,
    ]);
    const words = edit(EXAMPLE, "currency: USD", "currency: dollars");
    expect(found(check(words.text), "currency")).toEqual([
      `${words.line}:${words.col + 10} site.currency 'dollars' is not an ISO 4217 currency code; write a three-letter code such as USD, CAD, EUR or GBP`,
    ]);
  });
});

describe("site.repository", () => {
  it("accepts https, ssh and git@host:path addresses", () => {
    expect(found(check(EXAMPLE), "repository")).toEqual([]);
    for (const ok of [
      "https://github.com/riverbend-library/site",
      "ssh://git@git.example.org/library/site.git",
      "git@github.com:riverbend-library/site.git",
      "https://jdoe@bitbucket.org/library/site.git",
    ])
      expect(repositoryProblem(ok), ok).toBeUndefined();
  });

  it("refuses an address with a password or token in it, and shows it without", () => {
    const e = edit(
      EXAMPLE,
      "repository: https://github.com/",
      "repository: https://sortiz:hunter2@github.com/",
    );
    expect(found(check(e.text), "repository")).toEqual([
      `${e.line}:${e.col + 12} site.repository the repository address holds a password or token; site.yaml and the docs are read by many, so write it without (https://github.com/riverbend-library/site) and keep the token in the password manager`,
    ]);
    expect(repositoryProblem("https://ghp_abcdefghijklmnopqrstuvwxyz0123@github.com/a/b")).toMatch(
      /holds a password or token/,
    );
  });

  it("refuses text that is no address", () => {
    expect(repositoryProblem("on Sam's laptop")).toBe(
      "'on Sam's laptop' is not a repository address; write a URL like https://github.com/library/site or git@github.com:library/site.git",
    );
    expect(repositoryProblem("javascript:alert(1)")).toMatch(/use https:\/\/, ssh:\/\/ or git@/);
  });
});

describe("site.credentials", () => {
  it("accepts the example's manager and entries", () => {
    expect(found(check(EXAMPLE), "credentials")).toEqual([]);
    expect(check(EXAMPLE).site?.site.credentials?.entries).toHaveLength(3);
  });

  it("refuses a password written out, at its line", () => {
    const e = edit(EXAMPLE, "name: Switch manager account", "name: 'manager, password: Tr0ub4dor'");
    expect(found(check(e.text), "credentials")).toEqual([
      `${e.line}:${e.col + 6} site.credentials.entries[1].name this looks like a password or key written out; site.yaml holds only where it is kept (the password manager and the entry's name), never the secret itself`,
    ]);
  });

  it("refuses a key for the secret itself, naming the keys it takes", () => {
    const e = edit(EXAMPLE, "for: vCenter and the ESXi hosts,", "password: s3cret, for: vCenter,");
    expect(found(check(e.text), "schema")).toEqual([
      `${e.line}:${e.col} site.credentials.entries[0].password unknown key 'password'; expected one of: name, for, heldBy`,
    ]);
  });

  it("asks that heldBy name a contact's role or name, suggesting the closest", () => {
    const e = edit(
      EXAMPLE,
      "heldBy: [Systems Administrator] }\n      - { name: Switch",
      "heldBy: [Systems Admnistrator] }\n      - { name: Switch",
    );
    expect(found(check(e.text), "credentials")).toEqual([
      `${e.line}:${e.col + 9} site.credentials.entries[0].heldBy[0] 'Systems Admnistrator' is neither the role nor the name of a contact under site.contacts; did you mean 'Systems Administrator'?`,
    ]);
  });
});
