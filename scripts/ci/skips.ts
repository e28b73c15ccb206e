/**
 * The steps a rehearsal cannot run on this machine, and why: actions (they run only on
 * GitHub), and scripts that need GitHub's API or the cloud (`gh`, `pulumi up/preview`).
 * Everything else runs.
 */
import type { Step } from "./workflow.ts";

/** What the well-known actions do, in the words a skipped-step list needs. */
const ACTIONS: readonly [prefix: string, why: string][] = [
  ["actions/checkout", "checks the repository out on GitHub; the fresh clone stands in for it"],
  [
    "actions/setup-node",
    "installs Node on GitHub; the machine's Node runs npm here, and npm scripts use the " +
      "project's pinned Node 24",
  ],
  ["actions/upload-artifact", "stores a file in GitHub's artifact storage"],
  ["actions/download-artifact", "fetches files from GitHub's artifact storage"],
  ["actions/configure-pages", "needs the repository's GitHub Pages settings"],
  ["actions/upload-pages-artifact", "uploads the site to GitHub Pages"],
  ["actions/deploy-pages", "publishes to GitHub Pages"],
  ["actions/cache", "uses GitHub's cache storage"],
  ["azure/login", "signs in to Azure with OpenID Connect from GitHub (cloud credentials)"],
  ["pulumi/actions", "runs Pulumi against the state backend and the cloud (credentials)"],
];

/** Why a step is skipped, or undefined when the rehearsal runs it. */
export function skipReason(step: Step): string | undefined {
  if (step.uses !== undefined) {
    const known = ACTIONS.find(([prefix]) => step.uses!.toLowerCase().startsWith(prefix));
    return step.name === undefined
      ? (known?.[1] ?? "an action: actions run only on GitHub")
      : `action ${step.uses}: ${known?.[1] ?? "actions run only on GitHub"}`;
  }
  const script = step.run ?? "";
  // A command word at the start of a line or after a shell separator.
  const command = (name: string) =>
    new RegExp(`(^|[;&|({\`]|\\$\\()\\s*${name}(\\s|$)`, "m").test(script);
  if (command("gh")) return "calls the GitHub CLI, which needs a GitHub token";
  const pulumi = /(^|[;&|({`]|\$\()\s*(npx\s+)?pulumi\s+(up|preview|refresh|destroy|import)\b/m;
  if (pulumi.test(script))
    return "runs Pulumi against the state backend and the cloud (credentials)";
  return undefined;
}
