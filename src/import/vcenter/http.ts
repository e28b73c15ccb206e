/**
 * One HTTPS request to vCenter with the TLS policy the admin chose: the system's trusted
 * certificates by default, a CA file for a vCenter with its own certificate authority,
 * or (only when asked) no verification for a self-signed lab vCenter. Failures become
 * `VcenterError`s naming the URL in plain words.
 */
import * as http from "node:http";
import * as https from "node:https";

/** A vCenter that cannot be read: unreachable, refusing, or not vCenter at all. */
export class VcenterError extends Error {}

/** How to trust vCenter's certificate. */
export interface TlsPolicy {
  /** PEM text of the certificate authority (or the certificate itself) to trust. */
  readonly ca?: string;
  /** Accept any certificate: only for a self-signed vCenter on an isolated network. */
  readonly insecure?: boolean;
}

/** An HTTP answer. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** What one request sends. */
export interface HttpRequest {
  readonly method: "GET" | "POST" | "DELETE";
  readonly url: URL;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/** Requests are bounded: a vCenter that stops answering ends the import, not hangs it. */
const TIMEOUT_MS = 60_000;
/** A larger answer than any inventory page: refuse rather than exhaust memory. */
const MAX_BODY = 256 * 1024 * 1024;

/** Sends one request; rejects with a `VcenterError` when nothing usable comes back. */
export function request(
  req: HttpRequest,
  tls: TlsPolicy,
  shownUrl: string = req.url.origin,
): Promise<HttpAnswer> {
  const secure = req.url.protocol === "https:";
  const options: https.RequestOptions = {
    method: req.method,
    headers: {
      ...req.headers,
      ...(req.body ? { "content-length": Buffer.byteLength(req.body) } : {}),
    },
    timeout: TIMEOUT_MS,
    ...(secure ? { rejectUnauthorized: !tls.insecure, ...(tls.ca ? { ca: tls.ca } : {}) } : {}),
  };
  return new Promise((resolve, reject) => {
    const client = secure ? https : http;
    const r = client.request(req.url, options, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) {
          r.destroy();
          reject(new VcenterError(`${shownUrl} sent an answer larger than 256 MiB`));
        } else chunks.push(chunk);
      });
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
      res.on("error", (err) => reject(networkError(err, shownUrl)));
    });
    r.on("timeout", () => {
      r.destroy();
      reject(new VcenterError(`cannot reach vCenter at ${shownUrl}: no answer in 60 seconds`));
    });
    r.on("error", (err) => reject(networkError(err, shownUrl)));
    if (req.body) r.write(req.body);
    r.end();
  });
}

/** A network or TLS failure in plain words, with what to do about it. */
export function networkError(err: Error & { code?: string }, url: string): VcenterError {
  if (err instanceof VcenterError) return err;
  const code = err.code ?? "";
  const reasons: Record<string, string> = {
    ECONNREFUSED: "the connection was refused (is the address and port right?)",
    ENOTFOUND: "the host name does not resolve",
    EAI_AGAIN: "the host name does not resolve (DNS did not answer)",
    EHOSTUNREACH: "the host is unreachable from this machine",
    ENETUNREACH: "the network is unreachable from this machine",
    ETIMEDOUT: "the connection timed out",
    ECONNRESET: "the connection was closed before vCenter answered",
  };
  if (reasons[code]) return new VcenterError(`cannot reach vCenter at ${url}: ${reasons[code]}`);
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code))
    return new VcenterError(
      `vCenter at ${url} presented a certificate this machine does not trust (${code}). ` +
        "Set CARREL_VCENTER_CA_FILE to its CA certificate (PEM), or, for a self-signed lab " +
        "vCenter on an isolated network, CARREL_VCENTER_INSECURE=1",
    );
  return new VcenterError(`cannot reach vCenter at ${url}: ${err.message}`);
}
