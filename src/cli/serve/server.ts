/**
 * The documentation preview's web server: it serves the pages built in memory, on this
 * machine only, and tells open pages to reload when a rebuild changes them.
 *
 * - It listens on a loopback address (`loopbackHost` refuses any other), and answers only
 *   requests whose Host header names this machine, so a web page elsewhere cannot reach it
 *   through a DNS name that points here (DNS rebinding).
 * - Each HTML page gets a one-line script that listens to `/.carrel/events`, a stream of
 *   server-sent events; `reload()` sends one, and the page loads itself again.
 * - Nothing is written to disk: `carrel docs --out` does that.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, posix } from "node:path";

/** The addresses the preview may listen on: this machine's own. */
const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/** The preview's own address for the reload events. */
export const EVENTS_PATH = "/.carrel/events";

/** What makes a page reload when the server says so; added before `</body>`. */
export const RELOAD_SCRIPT = `<script>new EventSource(${JSON.stringify(EVENTS_PATH)}).onmessage = () => location.reload();</script>\n`;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
};

/** The host to listen on, or why it is refused: only loopback addresses are. */
export function loopbackHost(
  host: string,
): { ok: true; host: string } | { ok: false; message: string } {
  if (LOOPBACK.has(host)) return { ok: true, host: host === "localhost" ? "127.0.0.1" : host };
  return {
    ok: false,
    message:
      `--host ${host} would let other machines read the documentation, which names every ` +
      "address and device of the site; the preview listens on this machine only (127.0.0.1, ::1 or localhost)",
  };
}

/** A running preview server. */
export interface PreviewServer {
  /** The address to open: `http://127.0.0.1:8300/`. */
  readonly url: string;
  /** Tells every open page to reload. */
  reload(): void;
  /** Stops listening and ends every connection. */
  close(): Promise<void>;
}

/** The file a request path asks for: `/` is `index.html`; undefined for one outside the site. */
export function requestedFile(url: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, "http://preview").pathname);
  } catch {
    return undefined;
  }
  if (path.includes("\0")) return undefined;
  const normal = posix.normalize(path);
  if (!normal.startsWith("/") || normal.split("/").includes("..")) return undefined;
  const relative = normal.slice(1);
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}

/** Whether a Host header names this machine (any port). */
function hostIsLocal(header: string | undefined): boolean {
  if (!header) return false;
  const name = header.startsWith("[")
    ? header.slice(0, header.indexOf("]") + 1)
    : header.split(":")[0];
  return name === "127.0.0.1" || name === "localhost" || name === "[::1]";
}

/**
 * Starts the server on `host` (a loopback address) and `port` (0: any free port).
 * `files` is asked for the current build at each request.
 */
export function startPreviewServer(
  host: string,
  port: number,
  files: () => ReadonlyMap<string, string>,
): Promise<PreviewServer> {
  const listeners = new Set<ServerResponse>();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (!hostIsLocal(req.headers.host))
      return plain(res, 403, "This preview answers this machine only.\n");
    if (req.method !== "GET" && req.method !== "HEAD")
      return plain(res, 405, "Only GET and HEAD.\n");
    if (req.url === EVENTS_PATH) {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" });
      res.write(": carrel docs preview\n\n");
      listeners.add(res);
      req.on("close", () => listeners.delete(res));
      return;
    }
    const file = requestedFile(req.url ?? "/");
    const content = file === undefined ? undefined : files().get(file);
    if (file === undefined || content === undefined)
      return plain(res, 404, `No page ${req.url} in this documentation site.\n`);
    const type = TYPES[extname(file)] ?? "text/plain; charset=utf-8";
    const body = type.startsWith("text/html") ? withReload(content) : content;
    res.writeHead(200, {
      "content-type": type,
      "content-length": Buffer.byteLength(body),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };

  const server = createServer(handle);
  return new Promise((resolveStart, rejectStart) => {
    server.once("error", rejectStart);
    server.listen(port, host, () => {
      server.off("error", rejectStart);
      const address = server.address() as AddressInfo;
      const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
      resolveStart({
        url: `http://${shown}:${address.port}/`,
        reload() {
          for (const res of listeners) res.write("data: reload\n\n");
        },
        close() {
          for (const res of listeners) res.end();
          listeners.clear();
          return new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          });
        },
      });
    });
  });
}

/** A page with the reload script before its closing body tag (or at its end). */
function withReload(html: string): string {
  const at = html.lastIndexOf("</body>");
  return at < 0 ? html + RELOAD_SCRIPT : html.slice(0, at) + RELOAD_SCRIPT + html.slice(at);
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
  });
  res.end(text);
}
