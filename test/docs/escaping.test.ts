import { link, renderInline } from "../../src/docs/doc.ts";
import { describe, expect, it } from "vitest";
import { buildDocs } from "../../src/docs/index.ts";
import { siteStamp } from "../../src/output/index.ts";
import { edit, EXAMPLE } from "../helpers/site.ts";
import { docsOf, exampleModel, page, textOf } from "./example-docs.ts";

const SCRIPT = `<script>alert("x")</script>`;
/** A port description also names the port on the switch, which cannot hold a double quote. */
const SWITCH_SCRIPT = `<script>alert('x')</script>`;

describe("docs: text from site.yaml is escaped", () => {
  it("shows a description holding <script> as text on every page that uses it", async () => {
    // given a group description, a VLAN description and a port description with markup
    let text = edit(
      EXAMPLE,
      "description: Every library staff member",
      `description: '${SCRIPT} & co'`,
    ).text;
    text = edit(
      text,
      "purpose: media-lab          #",
      `description: '${SCRIPT}'\n      purpose: media-lab          #`,
    ).text;
    text = edit(text, "description: Staff desks", `description: "${SWITCH_SCRIPT}"`).text;
    // when the docs are built
    const files = await docsOf(text);
    // then no file holds a script element, and the text shows as written
    for (const f of files.filter((x) => !x.path.startsWith("configs/")))
      expect(f.content, f.path).not.toMatch(/<script/i);
    expect(textOf(page(files, "directory.html"))).toContain(`${SCRIPT} & co`);
    expect(page(files, "directory.html")).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co",
    );
    expect(textOf(page(files, "vlan-60.html"))).toContain(SCRIPT);
    expect(textOf(page(files, "switch-core-sw1.html"))).toContain(SWITCH_SCRIPT);
  });

  it("percent-encodes an e-mail address in its mail link", async () => {
    // given a contact whose address holds characters that mean something in a mailto link
    const text = edit(EXAMPLE, "email: jlee@rbpl.org", `email: "j&lee+x@rbpl.org"`).text;
    // when the docs are built
    const files = await docsOf(text);
    // then the link carries the address encoded, and the page shows it as written
    expect(page(files, "index.html")).toContain('href="mailto:j%26lee+x@rbpl.org"');
    expect(textOf(page(files, "index.html"))).toContain("j&lee+x@rbpl.org");
  });

  it("shows markup in the password manager's name and an entry as text on Start here", async () => {
    // given credentials whose words hold markup
    let text = edit(
      EXAMPLE,
      "manager: Bitwarden (RBPL IT organisation)",
      `manager: '${SCRIPT} vault'`,
    ).text;
    text = edit(text, "name: Switch manager account,", `name: '<b>switches</b>',`).text;
    // when the docs are built
    const files = await docsOf(text);
    // then Start here and How to change show them as written, and no element came through
    for (const path of ["start-here.html", "how-to-change.html"]) {
      expect(page(files, path)).not.toMatch(/<script|<b>/i);
      expect(textOf(page(files, path))).toContain(`${SCRIPT} vault`);
    }
    expect(textOf(page(files, "start-here.html"))).toContain("<b>switches</b>");
  });

  it("shows raw HTML in a runbook as text", async () => {
    const model = exampleModel();
    const files = await buildDocs(model, {
      configs: [],
      runbooks: [
        {
          path: "runbooks/x.md",
          text: `# Danger\n\nHello ${SCRIPT} <img src=x onerror=alert(1)>\n`,
        },
      ],
      stamp: siteStamp("site.yaml", EXAMPLE),
    });
    const html = page(files, "runbook-x.html");
    expect(html).not.toMatch(/<script|<img/i);
    expect(textOf(html)).toContain(`Hello ${SCRIPT} <img src=x onerror=alert(1)>`);
  });

  it("makes links only of web, mail, phone and relative addresses", () => {
    expect(renderInline(link("javascript:alert(1)", "click"))).toBe("click");
    expect(renderInline(link("data:text/html,x", "x"))).toBe("x");
    expect(renderInline(link("https://nns.example/support", "NNS"))).toBe(
      '<a href="https://nns.example/support">NNS</a>',
    );
    expect(renderInline(link("mailto:jlee@rbpl.org", "Jordan"))).toBe(
      '<a href="mailto:jlee@rbpl.org">Jordan</a>',
    );
    expect(renderInline(link("vlan-10.html#hosts", "hosts"))).toBe(
      '<a href="vlan-10.html#hosts">hosts</a>',
    );
  });

  it("writes characters past U+00FF as references, so each page is one byte per character", async () => {
    // given a site name, a group description and a runbook with wider characters
    let text = edit(EXAMPLE, "name: Riverbend Public Library", "name: Biblioteka Łódź 📚").text;
    text = edit(text, "description: Every library staff member", "description: Staff — all").text;
    const model = exampleModel(text);
    const stamp = siteStamp("site.yaml", text);
    // when the docs are built
    const files = await buildDocs(model, {
      configs: [],
      runbooks: [{ path: "runbooks/restore-a-vm.md", text: "# Start — here\n\nAsk Łukasz 📚.\n" }],
      stamp,
    });
    // then no page holds a character past U+00FF, and every one shows as written
    for (const f of files.filter((x) => x.path.endsWith(".html")))
      expect(f.content, f.path).not.toMatch(/[\u0100-\uffff]/);
    expect(page(files, "index.html")).toContain("Biblioteka &#x141;ód&#x17A; &#x1F4DA;");
    expect(textOf(page(files, "index.html"))).toContain("Biblioteka Łódź 📚");
    expect(textOf(page(files, "directory.html"))).toContain("Staff — all");
    expect(textOf(page(files, "runbook-restore-a-vm.html"))).toContain("Start — here");
    expect(textOf(page(files, "runbook-restore-a-vm.html"))).toContain("Ask Łukasz 📚.");
  });

  it("writes a lone surrogate, which UTF-8 cannot carry, as the replacement character", () => {
    expect(renderInline("a\ud800b \u2014 \u{1F4DA}")).toBe("a&#xFFFD;b &#x2014; &#x1F4DA;");
  });
});
