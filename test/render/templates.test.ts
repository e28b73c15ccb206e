/**
 * Every template (configs, runbooks, the Markdown `carrel init` writes) prints site text
 * only through the escaping helpers of its own format: checked on the templates' syntax
 * trees, so a template that prints a value bare fails here even when today's value would be
 * safe.
 */
import Handlebars from "handlebars";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_TEMPLATES, COMPILE_OPTIONS, createEngine } from "../../src/render/engine.ts";
import { TEMPLATE_FORMATS, templateProblems } from "../../src/render/template-check.ts";

function templates(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".hbs")) out.push(relative(BUILTIN_TEMPLATES, path));
    }
  };
  walk(BUILTIN_TEMPLATES);
  // The docs have their own environment, with HTML escaping on (src/docs/templates.ts).
  return out.filter((t) => !t.startsWith("docs/")).sort();
}

describe("templates", () => {
  const names = templates();

  it("are all known: a new template must say which format it writes", () => {
    expect(names).toEqual(
      Object.keys(TEMPLATE_FORMATS)
        .map((n) => `${n}.hbs`)
        .sort(),
    );
  });

  it.each(names)("%s compiles strictly with only the known helpers", (name) => {
    const text = readFileSync(join(BUILTIN_TEMPLATES, name), "utf8");
    expect(() => Handlebars.create().precompile(text, COMPILE_OPTIONS)).not.toThrow();
  });

  it.each(Object.keys(TEMPLATE_FORMATS))(
    "%s prints every value through a helper of its format",
    (name) => {
      const text = readFileSync(join(BUILTIN_TEMPLATES, `${name}.hbs`), "utf8");
      expect(templateProblems(name, text)).toEqual([]);
    },
  );

  it("find a bare value, a raw one and a helper of another format", () => {
    const text = "a {{name}}\nb {{{name}}}\nc {{arubaQuote name}}\nd {{mdText name}}\n";
    expect(templateProblems("switch/delivery.md", text)).toEqual([
      "line 1: {{name}} prints a value without an escaping helper",
      "line 2: {{{name}}} prints raw",
      "line 3: 'arubaQuote' belongs to another format",
    ]);
  });

  it("refuse a site's own template that prints a value bare, naming the file and line", () => {
    const dir = mkdtempSync(join(tmpdir(), "carrel-templates-"));
    try {
      mkdirSync(join(dir, "switch"));
      writeFileSync(
        join(dir, "switch", "arubaos-switch.cfg.hbs"),
        "; mine\nhostname {{hostname}}\n",
      );
      const engine = createEngine([dir]);
      expect(() => engine.render("switch/arubaos-switch.cfg", { hostname: "x" })).toThrow(
        /arubaos-switch\.cfg\.hbs:2: \{\{hostname\}\} prints a value without an escaping helper; print every value through a helper of the file's format/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stop a render at a value no escaping can write, naming the template", () => {
    // given a site's own template that quotes a name for a switch
    const dir = mkdtempSync(join(tmpdir(), "carrel-templates-"));
    try {
      mkdirSync(join(dir, "switch"));
      writeFileSync(join(dir, "switch", "note.hbs"), "; note\nname {{arubaQuote name}}\n");
      const engine = createEngine([dir]);
      // when it is handed a name holding a double quote, then the render stops and says why
      expect(() => engine.render("switch/note", { name: 'a"b' })).toThrow(
        /note\.hbs.*'a"b' cannot be written as a switch name/,
      );
      // and a helper that is not Carrel's is refused when the template compiles
      writeFileSync(join(dir, "switch", "bad.hbs"), "{{shout name}}\n");
      expect(() => engine.render("switch/bad", { name: "x" })).toThrow(
        /bad\.hbs:1: 'shout' is not one of Carrel's helpers/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
