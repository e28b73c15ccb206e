/**
 * Starts govmomi's vCenter simulator (`.tools/bin/vcsim`, built by scripts/setup-system.mjs
 * from test/tools/vcsim) on a free loopback port, and stops it.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BINARY = fileURLToPath(new URL("../../.tools/bin/vcsim", import.meta.url));

/** The simulator's login, as test/tools/vcsim/main.go defaults it. */
export const VCSIM_USER = "carrel";
export const VCSIM_PASSWORD = "carrel-test";

/** A running simulator. */
export interface Vcsim {
  /** The SOAP endpoint, `https://127.0.0.1:PORT/sdk`. */
  readonly url: string;
  /** The PEM file of its self-signed certificate. */
  readonly certFile: string;
  /** Environment that lets the vCenter reader in, trusting the certificate file. */
  readonly env: Record<string, string>;
  stop(): Promise<void>;
}

/** Starts the simulator; `library` adds the small library estate of test/tools/vcsim. */
export async function startVcsim(options: { library?: boolean } = {}): Promise<Vcsim> {
  if (!existsSync(BINARY))
    throw new Error("the vCenter simulator is missing: run `node scripts/setup-system.mjs`");
  const dir = mkdtempSync(join(tmpdir(), "carrel-vcsim-"));
  const certFile = join(dir, "vcsim.pem");
  const args = ["-cert-file", certFile, ...(options.library ? ["-library"] : [])];
  const child = spawn(BINARY, args, { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`vcsim did not start: ${stderr}`)), 30_000);
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n")[0];
      if (out.includes("\n") && line) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`vcsim exited with ${code}: ${stderr}`));
    });
  });
  return {
    url,
    certFile,
    env: {
      CARREL_VCENTER_USER: VCSIM_USER,
      CARREL_VCENTER_PASSWORD: VCSIM_PASSWORD,
      CARREL_VCENTER_CA_FILE: certFile,
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        // Closing its standard input stops it, as a dying test process would.
        child.stdin.end();
      }),
  };
}
