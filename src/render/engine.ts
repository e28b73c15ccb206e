/**
 * The one Handlebars environment Carrel renders with: a private instance, strict
 * mode (a missing field is an error, not an empty line), no HTML escaping for
 * plain-text configs, and an explicit helper table that is the only one a template may
 * use (`knownHelpersOnly`): configs print site text only through the escaping helpers of
 * their format. Templates are files under `templates/`; a site may add a folder of its
 * own that overrides or adds templates.
 */
import Handlebars from "handlebars";
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { carrelPath } from "../package-root.ts";
import { HELPERS, KNOWN_HELPERS } from "./helpers/index.ts";
import { templateProblems } from "./template-check.ts";
import { readTemplateFile } from "./template-file.ts";

/** Carrel's own template folder. */
export const BUILTIN_TEMPLATES = carrelPath("templates");

/** A template that failed to compile or render, with where it lives. */
export class TemplateError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line !== undefined ? `:${line}` : ""}: ${message}`);
    this.file = file;
    this.line = line;
  }
}

/** How every template is compiled: strict, no HTML escaping, only the known helpers. */
export const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpers: KNOWN_HELPERS,
  knownHelpersOnly: true,
} as const;

/** Renders named templates (`switch/aruba.cfg`) from an ordered list of folders. */
export interface TemplateEngine {
  /** Renders `name` (relative to a template folder, with its `.hbs` suffix omitted). */
  render(name: string, context: object): string;
  /** The folders searched, first match wins. */
  readonly folders: readonly string[];
}

/** Makes an engine. `overrides` come before Carrel's own templates. */
export function createEngine(overrides: readonly string[] = []): TemplateEngine {
  const folders = [...overrides.map((f) => resolve(f)), BUILTIN_TEMPLATES];
  const hbs = Handlebars.create();
  hbs.registerHelper(refusingUnset(HELPERS));
  const cache = new Map<string, { file: string; template: Handlebars.TemplateDelegate }>();

  function load(name: string) {
    const cached = cache.get(name);
    if (cached) return cached;
    const file = folders.map((f) => join(f, `${name}.hbs`)).find((f) => existsSync(f));
    if (!file)
      throw new TemplateError(
        `${name}.hbs`,
        undefined,
        `no template '${name}.hbs' in ${folders.join(", ")}`,
      );
    const shown = relative(process.cwd(), file) || file;
    const text = readTemplateFile(file, shown);
    // A site's own template is held to what Carrel's are tested for: print through helpers.
    if (!file.startsWith(BUILTIN_TEMPLATES)) {
      let problems: string[];
      try {
        problems = templateProblems(name, text);
      } catch (err) {
        throw toTemplateError(shown, err);
      }
      const first = problems[0];
      if (first !== undefined) {
        const line = Number(/^line (\d+)/.exec(first)?.[1]);
        throw new TemplateError(
          shown,
          Number.isNaN(line) ? undefined : line,
          `${first.replace(/^line \d+: /, "")}; print every value through a helper of the file's format`,
        );
      }
    }
    try {
      const template = hbs.compile(text, COMPILE_OPTIONS);
      const entry = { file: shown, template };
      cache.set(name, entry);
      return entry;
    } catch (err) {
      throw toTemplateError(shown, err);
    }
  }

  return {
    folders,
    render(name, context) {
      const { file, template } = load(name);
      try {
        return flat(template(context));
      } catch (err) {
        throw toTemplateError(file, err);
      }
    },
  };
}

/**
 * `text` held as one string. Handlebars builds a file by concatenation, which V8 keeps as a
 * rope of one small piece per value printed until something reads it; rendered files wait in
 * memory until all are written, and as ropes the city site's took several times their size.
 * Reading a character makes V8 flatten the rope into one string.
 */
function flat(text: string): string {
  // The character is used (only "" has none), so the read is not optimised away.
  return Number.isNaN(text.charCodeAt(0)) ? "" : text;
}

/**
 * Strict mode does not reach a helper's arguments: `{{keaString serverr}}` would print
 * "undefined". Each helper refuses an argument that is not set, at its line in the template.
 */
function refusingUnset(
  helpers: Record<string, Handlebars.HelperDelegate>,
): Record<string, Handlebars.HelperDelegate> {
  return Object.fromEntries(
    Object.entries(helpers).map(([name, helper]) => [
      name,
      function (this: unknown) {
        // `arguments`, not a rest parameter: helpers run for every value of every file, so no
        // array is made here. The last argument is Handlebars' options.
        // eslint-disable-next-line prefer-rest-params
        const args = arguments;
        const last = args.length - 1;
        for (let i = 0; i < last; i++) {
          if (args[i] !== undefined) continue;
          const at = (args[last] as { loc?: { start?: { line: number; column: number } } }).loc
            ?.start;
          throw new Error(
            `{{${name}}} was given a field that is not set (misspelt, or missing from the model)${at ? ` - ${at.line}:${at.column}` : ""}`,
          );
        }
        return (helper as (...a: unknown[]) => unknown).apply(this, args as never);
      },
    ]),
  );
}

function toTemplateError(file: string, err: unknown): TemplateError {
  const message = err instanceof Error ? err.message : String(err);
  // Handlebars reports "Parse error on line N:" or, in strict mode, "... - N:M".
  const line = /on line (\d+)/.exec(message)?.[1] ?? / - (\d+):\d+/.exec(message)?.[1];
  // Strict mode also names the context as "[object Object]" and repeats the position: drop both.
  const first = message
    .split("\n")[0]!
    .replace(/ in \[object Object\]/, "")
    .replace(/ - \d+:\d+$/, "");
  return new TemplateError(file, line === undefined ? undefined : Number(line), first);
}
