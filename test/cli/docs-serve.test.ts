/**
 * `carrel docs --serve`, for real: a carrel process serving a copy of the example on a free
 * port, fetched over HTTP, its site file edited, the page seen to change and told to reload.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loopbackHost, requestedFile } from "../../src/cli/serve/server.ts";
import { carrel } from "../helpers/cli.ts";

const CARREL = resolve("bin/carrel.mjs");
let dir = "";
let child: ChildProcess;
let out = "";
let err = "";
let url = "";

/** Resolves when `text()` matches `pattern`, checking as output arrives. */
async function waitFor(
  text: () => string,
  pattern: RegExp,
  ms = 30_000,
): Promise<RegExpMatchArray> {
  const until = Date.now() + ms;
  for (;;) {
    const m = pattern.exec(text());
    if (m) return m;
    if (Date.now() > until) throw new Error(`no ${pattern} in:\n${text()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** GET with a chosen Host header (fetch does not let one be set). */
function getWithHost(target: string, host: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = request(target, { headers: { host } }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on("error", fail);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "carrel-serve-"));
  cpSync("site.yaml", join(dir, "site.yaml"));
  cpSync("runbooks", join(dir, "runbooks"), { recursive: true });
  child = spawn(process.execPath, [CARREL, "docs", "site.yaml", "--serve", "--port", "0"], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  url = (await waitFor(() => out, /at (http:\/\/127\.0\.0\.1:\d+\/)/))[1]!;
}, 60_000);

afterAll(() => {
  if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe("carrel docs --serve", () => {
  it("serves the pages on this machine, with a script that reloads them", async () => {
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await page.text();
    expect(html).toContain("<title>Riverbend Public Library: technology overview");
    expect(html).toMatch(
      /<script>new EventSource\("\/\.carrel\/events"\)[^\n]*<\/script>\n<\/body>/,
    );
    expect((await fetch(new URL("style.css", url))).headers.get("content-type")).toBe(
      "text/css; charset=utf-8",
    );
    expect((await fetch(new URL("no-such-page.html", url))).status).toBe(404);
    // a page reached through a name that is not this machine's is refused (DNS rebinding)
    expect(await getWithHost(url, "docs.example.org")).toBe(403);
  });

  it("rebuilds when site.yaml changes, tells open pages to reload, and keeps the last good build", async () => {
    // given a page listening for reloads
    const events = await fetch(new URL(".carrel/events", url));
    const reader = events.body!.getReader();
    let stream = "";
    const read = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        stream += Buffer.from(value).toString();
      }
    })();
    // when the site's name changes
    const site = join(dir, "site.yaml");
    const text = readFileSync(site, "utf8");
    writeFileSync(
      site,
      text.replace("  name: Riverbend Public Library\n", "  name: Riverbend Free Library\n"),
    );
    // then it is rebuilt, the page says so and the listener hears "reload"
    await waitFor(() => out, /Rebuilt in \d+ ms: \d+ files changed\n/);
    await waitFor(() => stream, /data: reload\n\n/);
    expect(await (await fetch(url)).text()).toContain("<title>Riverbend Free Library: technology");
    // and a runbook's change is seen as well
    const runbook = join(dir, "runbooks", "mail-not-arriving.md");
    writeFileSync(runbook, readFileSync(runbook, "utf8") + "\nCall the mail provider first.\n");
    await waitFor(() => out, /(?:Rebuilt in [^\n]*\n[^]*){2}/);
    expect(await (await fetch(new URL("runbook-mail-not-arriving.html", url))).text()).toContain(
      "Call the mail provider first.",
    );
    // and a broken site file keeps the last good build, with the problem printed
    writeFileSync(site, text.replace("  name: Riverbend Public Library\n", "  name: [Riverbend\n"));
    await waitFor(() => err, /still serving the last build that worked/);
    expect(await (await fetch(url)).text()).toContain("<title>Riverbend Free Library: technology");
    await reader.cancel();
    await read.catch(() => {});
  }, 60_000);

  it("stops cleanly on SIGTERM", async () => {
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(out).toContain("Stopped the documentation preview\n");
    await expect(fetch(url)).rejects.toThrow();
  }, 30_000);

  it("refuses to listen anywhere but this machine", async () => {
    expect(loopbackHost("::1")).toEqual({ ok: true, host: "::1" });
    expect(loopbackHost("localhost")).toEqual({ ok: true, host: "127.0.0.1" });
    const alone = await carrel("docs", "site.yaml", "--port", "8300");
    expect(alone).toMatchObject({
      code: 2,
      err: "carrel docs: --port and --host go with --serve (the preview)\n",
    });
    const run = await carrel("docs", "site.yaml", "--serve", "--host", "0.0.0.0");
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      "carrel docs: --host 0.0.0.0 would let other machines read the documentation, which names every address and device of the site; the preview listens on this machine only (127.0.0.1, ::1 or localhost)\n",
    );
  });

  it("maps request paths to the site's files and nothing outside it", () => {
    expect(requestedFile("/")).toBe("index.html");
    expect(requestedFile("/vlan-10.html?x=1#top")).toBe("vlan-10.html");
    expect(requestedFile("/configs/dhcp/")).toBe("configs/dhcp/index.html");
    expect(requestedFile("/%2e%2e/%2e%2e/etc/passwd")).toBe("etc/passwd");
    expect(requestedFile("/a%00b")).toBeUndefined();
    expect(requestedFile("/%zz")).toBeUndefined();
  });
});
