/**
 * `carrel diff --base REF [site.yaml]`: what would change in the rendered switch, DHCP
 * and DNS files between the site as committed at a git ref and the working tree.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { createTwoFilesPatch } from "diff";
import type { GeneratedFile } from "../../output/index.ts";
import { siteStamp } from "../../output/index.ts";
import { createEngine, renderSite } from "../../render/index.ts";
import { buildModel, validateText } from "../../site/index.ts";
import type { Command } from "../command.ts";
import { EXIT, UsageError } from "../io.ts";
import { loadSite } from "../load-site.ts";
import { renderConfigs } from "../pipeline.ts";

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

function git(cwd: string, args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** The site's rendered files at a git ref, rendered by this Carrel; [] when it has no site. */
function renderedAt(ref: string, file: string): { files: GeneratedFile[]; note?: string } {
  const dir = dirname(resolve(file));
  let top: string;
  try {
    top = git(dir, ["rev-parse", "--show-toplevel"]).trim();
    git(dir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new UsageError(`'${ref}' is not a commit of a git repository holding ${file}`);
  }
  const inRepo = relative(top, resolve(file)).split("\\").join("/");
  let text: string;
  try {
    text = git(top, ["show", `${ref}:${inRepo}`]);
  } catch {
    return { files: [], note: `${inRepo} does not exist at ${ref}; every file is new` };
  }
  const validation = validateText(`${ref}:${inRepo}`, text);
  if (!validation.valid || !validation.site) {
    return { files: [], note: `${inRepo} at ${ref} is not valid; every file is shown as new` };
  }
  // A site with its own templates renders with that folder as it was at the ref.
  const folders: string[] = [];
  let scratch: string | undefined;
  if (validation.site.templates !== undefined) {
    scratch = mkdtempSync(join(tmpdir(), "carrel-diff-"));
    const templates = join(dirname(inRepo), validation.site.templates).split("\\").join("/");
    try {
      execFileSync(
        "sh",
        [
          "-c",
          `git archive --format=tar "$1" "$2" | tar -x -C "$3"`,
          "sh",
          ref,
          templates,
          scratch,
        ],
        {
          cwd: top,
          stdio: "ignore",
        },
      );
      folders.push(join(scratch, templates));
    } catch {
      // The folder did not exist at the ref: Carrel's own templates apply.
    }
  }
  try {
    const stamp = siteStamp(inRepo, text);
    return {
      files: renderSite(buildModel(validation.site), stamp, { engine: createEngine(folders) }),
    };
  } catch (err) {
    // The old site or its old templates may not render with this Carrel: compare with nothing.
    const message = err instanceof Error ? err.message : String(err);
    return {
      files: [],
      note: `${inRepo} at ${ref} does not render (${message}); every file is shown as new`,
    };
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
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
  usage: "[site.yaml] --base REF [--markdown] [--exit-code]",
  maxPositionals: 1,
  options: {
    base: { type: "string" },
    markdown: { type: "boolean" },
    "exit-code": { type: "boolean" },
  },
  run({ values, positionals }, io) {
    const file = positionals[0] ?? "site.yaml";
    if (typeof values.base !== "string")
      throw new UsageError("--base REF is required (for example --base main)");
    const loaded = loadSite(file, {}, io);
    if (!loaded.ok) return loaded.code;
    const before = renderedAt(values.base, file);
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
