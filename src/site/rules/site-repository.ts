/**
 * `site.repository` says where the site's repository lives, for a newcomer. It is an
 * address, never a way in: a password or token in it is refused, since site.yaml and the
 * docs are read by many. (Not one of the spec's numbered rules.)
 */
import { error } from "../issue.ts";
import { tokenLike } from "../secrets.ts";
import type { Rule } from "./rule.ts";

/** `git@host:path` (scp-like SSH), which is no URL but what Git hosts show. */
const SCP_LIKE = /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^\s]+$/;

/** Why a repository address is refused, or undefined when it is fine. */
export function repositoryProblem(text: string): string | undefined {
  if (SCP_LIKE.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `'${text}' is not a repository address; write a URL like https://github.com/library/site or git@github.com:library/site.git`;
  }
  if (!["https:", "http:", "ssh:", "git:", "file:"].includes(url.protocol))
    return `'${text}' is not a repository address; use https://, ssh:// or git@host:path`;
  if (url.password !== "" || tokenLike(decodeURIComponent(url.username)))
    return `the repository address holds a password or token; site.yaml and the docs are read by many, so write it without (${url.protocol}//${url.host}${url.pathname}) and keep the token in the password manager`;
  return undefined;
}

/** The rule: `site.repository` is an address and holds no password or token. */
export const siteRepository: Rule = {
  id: "repository",
  title: "site.repository is an address without a secret",
  check(site) {
    const text = site.site.repository;
    const problem = text === undefined ? undefined : repositoryProblem(text);
    return problem ? [error("repository", ["site", "repository"], problem)] : [];
  },
};
