/**
 * Every config template prints site text only through the escaping helpers of its own
 * format: checked on the templates' syntax trees, so a template that prints a value bare
 * fails here even when today's value would be safe.
 */
import Handlebars from "handlebars";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_TEMPLATES, COMPILE_OPTIONS, createEngine } from "../../src/render/engine.ts";
import { FORMAT_HELPERS, type HelperFormat } from "../../src/render/helpers/index.ts";

type Node = hbs.AST.Node;

/** Each config template and the helper groups it may print through (plain values always). */
const TEMPLATE_FORMATS: Record<string, readonly HelperFormat[]> = {
  "dhcp/kea-dhcp4.conf.hbs": ["kea", "comment"],
  "dhcp/dhcpd.conf.hbs": ["dhcpd", "comment"],
  "dhcp/dnsmasq.conf.hbs": ["dnsmasq", "comment"],
  "dhcp/dhcp-server.ps1.hbs": ["powershell"],
  "dns/windows-dns.ps1.hbs": ["powershell"],
  "dns/zone.hbs": ["bind", "comment"],
  "dns/public-zone.hbs": ["bind", "comment"],
  "horizon/pool.ps1.hbs": ["powershell"],
  "switch/arubaos-switch.cfg.hbs": ["aruba", "comment"],
  "switch/delivery.md.hbs": ["aruba"],
};

/** The templates of `carrel init`, which write Markdown and YAML, not configs. */
const NOT_CONFIGS = /^init\//;

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

/** Every `{{...}}` that prints, and every `(helper ...)` inside one, with its line. */
function printed(
  node: Node,
  found: { node: hbs.AST.MustacheStatement | hbs.AST.SubExpression; line: number }[],
) {
  const visit = (n: Node | undefined | null): void => {
    if (!n) return;
    switch (n.type) {
      case "Program":
        (n as hbs.AST.Program).body.forEach(visit);
        break;
      case "BlockStatement": {
        const b = n as hbs.AST.BlockStatement;
        b.params.forEach(visit);
        visit(b.program);
        visit(b.inverse);
        break;
      }
      case "MustacheStatement":
      case "SubExpression": {
        const m = n as hbs.AST.MustacheStatement;
        found.push({ node: m, line: m.loc.start.line });
        m.params.forEach((p) => {
          if (p.type === "SubExpression") visit(p);
        });
        break;
      }
      default:
        break;
    }
  };
  visit(node);
  return found;
}

const ALL_HELPERS = new Set(Object.values(FORMAT_HELPERS).flatMap((g) => Object.keys(g)));

describe("templates", () => {
  const names = templates();

  it("are all known: a new config template must say which format it writes", () => {
    expect(names.filter((n) => !NOT_CONFIGS.test(n)).sort()).toEqual(
      Object.keys(TEMPLATE_FORMATS).sort(),
    );
  });

  it.each(names)("%s compiles strictly with only the known helpers", (name) => {
    const text = readFileSync(join(BUILTIN_TEMPLATES, name), "utf8");
    expect(() => Handlebars.create().precompile(text, COMPILE_OPTIONS)).not.toThrow();
  });

  it.each(Object.keys(TEMPLATE_FORMATS))(
    "%s prints every value through a helper of its format",
    (name) => {
      const allowed = new Set(
        ["values", ...TEMPLATE_FORMATS[name]!].flatMap((g) =>
          Object.keys(FORMAT_HELPERS[g as HelperFormat]),
        ),
      );
      const text = readFileSync(join(BUILTIN_TEMPLATES, name), "utf8");
      const problems = printed(Handlebars.parse(text), [])
        .map(({ node, line }) => {
          const head = (node.path as hbs.AST.PathExpression).original;
          if (node.type === "MustacheStatement" && !node.escaped)
            return `line ${line}: {{{${head}}}} prints raw`;
          if (allowed.has(head) && node.params.length > 0) return undefined;
          if (ALL_HELPERS.has(head)) {
            return node.params.length === 0
              ? `line ${line}: '${head}' is a helper, so {{${head}}} calls it without a value`
              : `line ${line}: '${head}' belongs to another format`;
          }
          return `line ${line}: {{${head}}} prints a value without an escaping helper`;
        })
        .filter((p) => p !== undefined);
      expect(problems).toEqual([]);
    },
  );

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
      expect(() => engine.render("switch/bad", { name: "x" })).toThrow(/unknown helper shout/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
