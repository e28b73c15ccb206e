/**
 * `carrel diff --base REF [site.yaml]`: what would change in the rendered switch, DHCP
 * and DNS files between the site as committed at a git ref and the working tree.
 */
import { createTwoFilesPatch } from "diff";
import type { GeneratedFile } from "../../output/index.ts";
import { siteStamp } from "../../output/index.ts";
import { createEngine, renderSite } from "../../render/index.ts";
import { SITE_OPTION } from "../consortium/root-run.ts";
import type { Command } from "../command.ts";
import { EXIT, UsageError } from "../io.ts";
import { loadSite } from "../load-site.ts";
import { renderConfigs } from "../pipeline.ts";
import { loadSiteAtRef, type SiteAtRef } from "../site-at-ref.ts";

/** One rendered file that differs, with its unified diff. */
export interface FileChange {
  readonly path: string;
  readonly kind: "added" | "removed" | "changed";
  readonly patch: string;
}

// The header names the site file's hash, which changes with any edit: leave it out of
// the comparison so that only real configuration changes show.
const maskHash = (text: string) => text.replace(/sha256 [0-9a-f]{16}/g, "sha256 …");

/** Compares two sets of rendered files. */
export function compareRendered(
  before: readonly GeneratedFile[],
  after: readonly GeneratedFile[],
): FileChange[] {
  const old = new Map(before.map((f) => [f.path, maskHash(f.content)]));
  const now = new Map(after.map((f) => [f.path, maskHash(f.content)]));
  const paths = [...new Set([...old.keys(), ...now.keys()])].sort();
  return paths.flatMap((path): FileChange[] => {
    const a = old.get(path);
    const b = now.get(path);
    if (a === b) return [];
    const kind = a === undefined ? "added" : b === undefined ? "removed" : "changed";
    const patch = createTwoFilesPatch(
      a === undefined ? "/dev/null" : `a/${path}`,
      b === undefined ? "/dev/null" : `b/${path}`,
      a ?? "",
      b ?? "",
      undefined,
      undefined,
      { context: 3 },
    );
    return [{ path, kind, patch }];
  });
}

/** The site's rendered files at a git ref, rendered by this Carrel; [] when it has none. */
function renderedAt(at: SiteAtRef): { files: GeneratedFile[]; note?: string } {
  if (!at.model || !at.validation)
    return { files: [], note: `${at.problem}; every file is shown as new` };
  try {
    // A site with its own templates renders with that folder as it was at the ref.
    const engine = createEngine(at.templateFolders());
    const stamp = siteStamp(at.path, at.validation.source.text);
    return { files: renderSite(at.model, stamp, { engine }) };
  } catch (err) {
    // The old site or its old templates may not render with this Carrel: compare with nothing.
    const message = err instanceof Error ? err.message : String(err);
    return {
      files: [],
      note: `${at.path} at ${at.ref} does not render (${message}); every file is shown as new`,
    };
  } finally {
    at.dispose();
  }
}

/** A Markdown rendering of the changes for a pull-request comment. */
export function changesMarkdown(changes: readonly FileChange[], limit = 40_000): string {
  if (changes.length === 0) return "No rendered file changes.\n";
  let out = `${changes.length} rendered ${changes.length === 1 ? "file changes" : "files change"}:\n\n`;
  for (const c of changes) {
    const block = `<details><summary><code>${c.path}</code> (${c.kind})</summary>\n\n\`\`\`diff\n${c.patch}\`\`\`\n\n</details>\n\n`;
    if (out.length + block.length > limit) {
      out += `…and more; run \`npx carrel diff\` locally to see everything.\n`;
      break;
    }
    out += block;
  }
  return out;
}

export const diffCommand: Command = {
  name: "diff",
  summary: "show how the rendered configurations differ from those of a git ref",
  usage: "[site.yaml | consortium.yaml] [--site CODE,...] --base REF [--markdown] [--exit-code]",
  maxPositionals: 1,
  options: {
    ...SITE_OPTION,
    base: { type: "string" },
    markdown: { type: "boolean" },
    "exit-code": { type: "boolean" },
  },
  run({ values, positionals }, io) {
    const file = positionals[0] ?? "site.yaml";
    if (typeof values.base !== "string")
      throw new UsageError("--base REF is required (for example --base main)");
    // An unknown ref throws a usage error (exit 2), as it does for docs --since.
    const at = loadSiteAtRef(file, values.base, "--base");
    const loaded = loadSite(file, {}, io);
    if (!loaded.ok) {
      at.dispose();
      return loaded.code;
    }
    const before = renderedAt(at);
    const rendered = renderConfigs(
      file,
      loaded.model,
      siteStamp(file, loaded.validation.source.text),
    );
    if (!rendered.ok) {
      io.err(`carrel diff: ${rendered.message}\n`);
      return rendered.code;
    }
    const after = rendered.value;
    const changes = compareRendered(before.files, after);
    if (before.note) io.err(`carrel diff: ${before.note}\n`);
    if (values.markdown) {
      io.out(changesMarkdown(changes));
    } else {
      for (const c of changes) io.out(c.patch);
      io.out(
        changes.length === 0
          ? `No rendered file differs from ${values.base}.\n`
          : `${changes.length} rendered ${changes.length === 1 ? "file differs" : "files differ"} from ${values.base}: ${changes.map((c) => c.path).join(", ")}\n`,
      );
    }
    return values["exit-code"] && changes.length > 0 ? EXIT.invalid : EXIT.ok;
  },
};
