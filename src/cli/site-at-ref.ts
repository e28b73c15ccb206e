/**
 * The site as it was at a git ref, for `docs --since REF` and `diff --base REF`: its text,
 * its validation and model, and the template folder it names, as committed then.
 *
 * A ref comes from the command line or a CI variable, so it is treated with care: one
 * that starts with `-` is refused (git would read it as an option), it is resolved to a
 * commit once, after `--end-of-options`, and every later git command is given that
 * commit's id, never the ref as typed. An unknown ref is a usage error (exit code 2) for
 * both commands alike.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix, relative, resolve, sep } from "node:path";
import { CONSORTIUM_FILE, parseConsortium } from "../consortium/consortium.ts";
import { consortiumInheritance } from "../consortium/inherit.ts";
import { membershipOf } from "../consortium/member.ts";
import { MAX_TEMPLATE_BYTES } from "../render/template-file.ts";
import {
  buildModel,
  decodeSiteText,
  MAX_SITE_BYTES,
  validateText,
  type SiteModel,
  type Validation,
} from "../site/index.ts";
import { UsageError } from "./io.ts";

/** The site file at a ref: what could be read of it, and the template folder it names. */
export interface SiteAtRef {
  /** The ref as given, and the commit it names. */
  readonly ref: string;
  readonly commit: string;
  /** The site file's path inside the repository, with forward slashes. */
  readonly path: string;
  /** The site's model, when the file exists at the ref and is valid there. */
  readonly model: SiteModel | undefined;
  readonly validation: Validation | undefined;
  /** Why there is no model: the file did not exist, or was not a valid site, at the ref. */
  readonly problem: string | undefined;
  /**
   * The site's own template folder as committed at the ref, copied to a scratch folder
   * (none when the site names none, or it did not exist then). Call `dispose` after use.
   */
  templateFolders(): string[];
  /** Removes the scratch folder, if one was made. */
  dispose(): void;
}

/** Refuses a ref that git would read as an option, or that no ref can be. */
export function checkRef(ref: string, flag: string): void {
  if (ref === "") throw new UsageError(`${flag} needs a git ref, such as main or HEAD~1`);
  if (ref.startsWith("-"))
    throw new UsageError(`${flag} '${ref}' is not a git ref: a ref cannot start with '-'`);
  // Control characters (a line break from a CI variable) are in no ref's name.
  if ([...ref].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f))
    throw new UsageError(
      `${flag} ${JSON.stringify(ref)} is not a git ref: it holds a control character`,
    );
}

/** More files than this in a template folder at a ref, and it is not used. */
const MAX_TEMPLATE_FILES = 500;

function git(cwd: string, args: readonly string[], maxBuffer = 1024 * 1024): Buffer {
  return execFileSync("git", ["--literal-pathspecs", ...args], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer,
  });
}

const text = (buffer: Buffer) => buffer.toString("utf8").trim();

/** The repository's top folder and the site file's path in it, or a usage error. */
function locate(file: string, flag: string): { top: string; path: string } {
  const dir = dirname(resolve(file));
  let top: string;
  try {
    top = realpathSync(text(git(dir, ["rev-parse", "--show-toplevel"])));
  } catch {
    throw new UsageError(
      `${file} is not in a git repository, so ${flag} has nothing to compare with`,
    );
  }
  let real: string;
  try {
    real = realpathSync(resolve(file));
  } catch {
    real = resolve(file);
  }
  const path = relative(top, real).split(sep).join("/");
  if (path.startsWith("../"))
    throw new UsageError(`${file} is not inside the git repository ${top}`);
  return { top, path };
}

/** The commit a ref names, or a usage error. */
function commitOf(top: string, ref: string, flag: string, file: string): string {
  try {
    return text(
      git(top, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]),
    );
  } catch {
    throw new UsageError(
      `${flag} '${ref}' is not a commit, branch or tag of the git repository holding ${file}`,
    );
  }
}

/** A blob's text at a commit, or why not (missing, too large, not text). */
function readBlob(
  top: string,
  commit: string,
  path: string,
): { text: string } | { missing: true } | { problem: string } {
  const spec = `${commit}:${path}`;
  let size: number;
  try {
    size = Number(text(git(top, ["cat-file", "-s", spec])));
  } catch {
    return { missing: true };
  }
  if (size > MAX_SITE_BYTES) return { problem: "it is larger than 16 MiB" };
  const decoded = decodeSiteText(path, git(top, ["cat-file", "blob", spec], MAX_SITE_BYTES + 1));
  return decoded.ok ? { text: decoded.text } : { problem: decoded.message };
}

/** Copies the files of a folder as committed into `into`; false when there was no such folder. */
function extractFolder(top: string, commit: string, folder: string, into: string): boolean {
  const listing = git(
    top,
    ["ls-tree", "-r", "-z", "-l", "--full-tree", commit, "--", `${folder}/`],
    16 * 1024 * 1024,
  )
    .toString("utf8")
    .split("\0")
    .filter(Boolean);
  // A template folder holds a few dozen files; a site naming a whole repository does not get it.
  if (listing.length > MAX_TEMPLATE_FILES) return false;
  let found = false;
  for (const entry of listing) {
    // <mode> <type> <object> <size>\t<path>
    const [meta, path] = [
      entry.slice(0, entry.indexOf("\t")),
      entry.slice(entry.indexOf("\t") + 1),
    ];
    const [mode, type, object, size] = meta.split(/ +/);
    // Only plain files: a link in a committed folder could point anywhere on this machine.
    if (type !== "blob" || (mode !== "100644" && mode !== "100755")) continue;
    if (Number(size) > MAX_TEMPLATE_BYTES) continue;
    const inside = posix.relative(folder, path);
    if (inside.startsWith("../") || posix.isAbsolute(inside)) continue;
    const target = join(into, ...inside.split("/"));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, git(top, ["cat-file", "blob", object!], MAX_TEMPLATE_BYTES + 1));
    found = true;
  }
  return found;
}

/**
 * The repository holding `file` (and its path there) and the commit `ref` names, for
 * commands that read other files as committed (`carrel stacks --changed-since`). Usage
 * errors as for sites.
 */
export function commitIn(
  file: string,
  ref: string,
  flag: string,
): { top: string; path: string; commit: string } {
  checkRef(ref, flag);
  const { top, path } = locate(file, flag);
  return { top, path, commit: commitOf(top, ref, flag, file) };
}

/** A text file as committed (undefined when it did not exist then or is not text). */
export function textAt(top: string, commit: string, path: string): string | undefined {
  const blob = readBlob(top, commit, path);
  return "text" in blob ? blob.text : undefined;
}

/** The files that differ between a commit and the working tree's HEAD, from the repository's top. */
export function changedSince(top: string, commit: string): string[] {
  return git(top, ["diff", "--name-only", "-z", commit, "HEAD", "--"], 16 * 1024 * 1024)
    .toString("utf8")
    .split("\0")
    .filter(Boolean);
}

/** What a consortium member inherited at a commit: consortium.yaml as committed then. */
function inheritanceAt(top: string, commit: string, path: string, file: string) {
  if (!membershipOf(file).membership) return undefined;
  const at = posix.join(posix.dirname(posix.dirname(posix.dirname(path))), CONSORTIUM_FILE);
  const blob = readBlob(top, commit, at);
  if (!("text" in blob)) return undefined;
  const shown = join(dirname(dirname(dirname(file))), CONSORTIUM_FILE);
  return consortiumInheritance(parseConsortium(shown, blob.text, () => true));
}

/**
 * Loads the site file `file` as committed at `ref` (given with `flag`, for messages).
 * Throws a `UsageError` for a ref that is not one, or a file outside a git repository.
 */
export function loadSiteAtRef(file: string, ref: string, flag: string): SiteAtRef {
  checkRef(ref, flag);
  const { top, path } = locate(file, flag);
  const commit = commitOf(top, ref, flag, file);
  let scratch: string | undefined;
  const base = {
    ref,
    commit,
    path,
    dispose() {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      scratch = undefined;
    },
  };
  const none = (problem: string): SiteAtRef => ({
    ...base,
    model: undefined,
    validation: undefined,
    problem,
    templateFolders: () => [],
  });
  const blob = readBlob(top, commit, path);
  if ("missing" in blob) return none(`${path} does not exist at ${ref}`);
  if ("problem" in blob) return none(`${path} at ${ref} cannot be read: ${blob.problem}`);
  // Validated under the file's own name, so that runbooks are looked for beside it; a
  // consortium member with what it inherited from consortium.yaml as committed then.
  const inherit = inheritanceAt(top, commit, path, file);
  const validation = validateText(file, blob.text, inherit ? { inherit } : {});
  if (!validation.valid || !validation.site)
    return { ...none(`${path} at ${ref} is not a valid site`), validation };
  const site = validation.site;
  return {
    ...base,
    model: buildModel(site),
    validation,
    problem: undefined,
    templateFolders() {
      if (site.templates === undefined) return [];
      const folder = posix.normalize(posix.join(posix.dirname(path), site.templates));
      if (folder.startsWith("../") || folder === "..") return [];
      scratch ??= mkdtempSync(join(tmpdir(), "carrel-ref-"));
      const into = join(scratch, "templates");
      try {
        return extractFolder(top, commit, folder, into) ? [into] : [];
      } catch {
        return [];
      }
    },
  };
}
