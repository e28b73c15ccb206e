/**
 * What a template may print. Every config Carrel writes is code for a device or a server, so
 * a template prints a value only through a helper of its file's format (the escaping of
 * `escape/`), or a plain-value helper (`asNumber`, `asIp`...). This is checked on the
 * template's syntax tree: for Carrel's own templates by a test, and for a site's own
 * override templates every time one is compiled, so that a `templates:` folder in a pull
 * request cannot print site text bare.
 */
import Handlebars from "handlebars";
import { FORMAT_HELPERS, type HelperFormat } from "./helpers/index.ts";

/** Each template Carrel renders, by name, and the helper groups it may print through. */
export const TEMPLATE_FORMATS: Readonly<Record<string, readonly HelperFormat[]>> = {
  "dhcp/kea-dhcp4.conf": ["kea", "comment"],
  "dhcp/dhcpd.conf": ["dhcpd", "comment"],
  "dhcp/dnsmasq.conf": ["dnsmasq", "comment"],
  "dhcp/dhcp-server.ps1": ["powershell"],
  "dns/windows-dns.ps1": ["powershell"],
  "dns/zone": ["bind", "comment"],
  "dns/public-zone": ["bind", "comment"],
  "horizon/pool.ps1": ["powershell"],
  "switch/arubaos-switch.cfg": ["aruba", "comment"],
  "switch/delivery.md": ["markdown"],
  "init/README.md": ["markdown"],
  "init/getting-started.md": ["markdown"],
  "init/consortium-README.md": ["markdown"],
};

type Printing = hbs.AST.MustacheStatement | hbs.AST.SubExpression;

/** Every `{{...}}` that prints, and every `(helper ...)` inside one, with its line. */
function printed(root: hbs.AST.Program): { node: Printing; line: number }[] {
  const found: { node: Printing; line: number }[] = [];
  const visit = (n: hbs.AST.Node | undefined | null): void => {
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
        const m = n as Printing;
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
  visit(root);
  return found;
}

const groupOf = new Map<string, HelperFormat>(
  Object.entries(FORMAT_HELPERS).flatMap(([group, helpers]) =>
    Object.keys(helpers).map((name) => [name, group as HelperFormat] as const),
  ),
);

/**
 * What is wrong with a template's printing, one line each (`line 3: {{name}} prints a value
 * without an escaping helper`); empty when nothing is. A template Carrel does not render by
 * name may use the helpers of any format, but must still print through one.
 */
export function templateProblems(name: string, text: string): string[] {
  const formats = TEMPLATE_FORMATS[name];
  const allowed = (helper: string) => {
    const group = groupOf.get(helper);
    if (group === undefined) return false;
    return formats === undefined || group === "values" || formats.includes(group);
  };
  return printed(Handlebars.parse(text)).flatMap(({ node, line }) => {
    const head =
      node.path.type === "PathExpression"
        ? (node.path as hbs.AST.PathExpression).original
        : String((node.path as unknown as { value: unknown }).value);
    if (node.type === "MustacheStatement" && !node.escaped)
      return [`line ${line}: {{{${head}}}} prints raw`];
    if (allowed(head) && node.params.length > 0) return [];
    if (groupOf.has(head))
      return node.params.length === 0
        ? [`line ${line}: '${head}' is a helper, so {{${head}}} calls it without a value`]
        : [`line ${line}: '${head}' belongs to another format`];
    if (node.params.length > 0) return [`line ${line}: '${head}' is not one of Carrel's helpers`];
    return [`line ${line}: {{${head}}} prints a value without an escaping helper`];
  });
}
