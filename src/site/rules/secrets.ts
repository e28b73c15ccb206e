/**
 * A secret written into site.yaml by mistake: `password=hunter2` in a note, a Wi-Fi
 * pre-shared key, a private key, an API token. site.yaml is shared and kept in git, and
 * its text reaches the docs, so each one gets a warning at its line. (Not one of the
 * spec's numbered rules; the spec says secrets never belong in site.yaml.)
 *
 * What looks like a secret is decided in `../secrets.ts`. The message never repeats the
 * secret, since warnings end up in CI logs.
 */
import { error, warning, type Issue, type Path } from "../issue.ts";
import { credentialInAddress, secretIn } from "../secrets.ts";
import type { Rule } from "./rule.ts";

/** Every string in the site, with its path. */
function* strings(value: unknown, path: Path): Generator<[string, Path]> {
  if (typeof value === "string") yield [value, path];
  else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* strings(item, [...path, i]);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
  }
}

/** The rule: a secret in any string of the site is warned about, a credential in an address refused. */
export const secretValues: Rule = {
  id: "secrets",
  title: "no password, key or token is written into site.yaml",
  check(site) {
    const issues: Issue[] = [];
    for (const [text, path] of strings(site, [])) {
      const inAddress = credentialInAddress(text);
      if (inAddress) {
        issues.push(
          error(
            "secrets",
            path,
            `this address holds ${inAddress}; site.yaml is shared, kept in git and shown in the docs, so write the address without it and keep the credential in the password manager. If it is real, change it, because git keeps old versions`,
          ),
        );
        continue;
      }
      const secret = secretIn(text);
      if (!secret) continue;
      issues.push({
        ...warning(
          "secrets",
          path,
          `this looks like ${secret.what}; secrets never belong in site.yaml, which is shared, kept in git and shown in the docs: keep it in the password manager (or as a Pulumi secret) and write here only where it is kept. If it is real, change it, because git keeps old versions`,
        ),
        within: secret.at,
      });
    }
    return issues;
  },
};
