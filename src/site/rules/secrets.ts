/**
 * A secret written into site.yaml by mistake: `password=hunter2` in a note, a Wi-Fi
 * pre-shared key, a private key, an API token. site.yaml is shared and kept in git, and
 * its text reaches the docs, so each one gets a warning at its line. (Not one of the
 * spec's numbered rules; the spec says secrets never belong in site.yaml.)
 *
 * What looks like a secret is decided in `../secrets.ts`. The message never repeats the
 * secret, since warnings end up in CI logs.
 */
import { error, warning, type Issue } from "../issue.ts";
import { credentialInAddress, secretIn } from "../secrets.ts";
import type { Rule } from "./rule.ts";

/**
 * Calls `visit` with every string in the site and its path, in file order. The path is one
 * array, changed as the walk goes (copy it to keep it): a site has tens of thousands of
 * strings, and a path made for each was most of this rule's time.
 */
function eachString(value: unknown, path: (string | number)[], visit: (text: string) => void) {
  if (typeof value === "string") visit(value);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      eachString(value[i], path, visit);
      path.pop();
    }
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      path.push(key);
      eachString(item, path, visit);
      path.pop();
    }
  }
}

/**
 * Every secret-looking string in a parsed file (site.yaml or consortium.yaml), by path: an
 * address with a password in it is an error, anything else a warning. `file` names the
 * file in the messages.
 */
export function secretIssues(value: unknown, file: string): Issue[] {
  const issues: Issue[] = [];
  const at: (string | number)[] = [];
  eachString(value, at, (text) => {
    const inAddress = credentialInAddress(text);
    if (inAddress) {
      issues.push(
        error(
          "secrets",
          [...at],
          `this address holds ${inAddress}; ${file} is shared, kept in git and shown in the docs, so write the address without it and keep the credential in the password manager. If it is real, change it, because git keeps old versions`,
        ),
      );
      return;
    }
    const secret = secretIn(text);
    if (!secret) return;
    issues.push({
      ...warning(
        "secrets",
        [...at],
        `this looks like ${secret.what}; secrets never belong in ${file}, which is shared, kept in git and shown in the docs: keep it in the password manager (or as a Pulumi secret) and write here only where it is kept. If it is real, change it, because git keeps old versions`,
      ),
      within: secret.at,
    });
  });
  return issues;
}

export const secretValues: Rule = {
  id: "secrets",
  title: "no password, key or token is written into site.yaml",
  check: (site) => secretIssues(site, "site.yaml"),
};
