/**
 * A throw-away DHCP lab in Linux network namespaces: a server namespace holding the
 * DHCP server's address from site.yaml, a router namespace with one interface per
 * served VLAN holding its gateway and running dhcrelay (as the core switch's helper
 * address would), and one client namespace per VLAN. Needs iproute2 and root: every
 * command that touches the namespaces runs through `asRoot` (sudo -n when unprivileged).
 */
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { asRoot, type Invocation } from "../../../scripts/lib/privilege.ts";
import { tool } from "../checkers.ts";

const execFileAsync = promisify(execFile);

/** One served VLAN's wiring. */
export interface LabVlan {
  readonly id: number;
  /** `10.20.20.1/23`: the gateway on the router's interface. */
  readonly gateway: string;
}

/** What a DHCP client was given, as udhcpc reports it. */
export interface Lease {
  readonly ip: string;
  readonly subnet: string;
  readonly router: string;
  readonly dns: string[];
  readonly domain: string;
  readonly ntp: string[];
  readonly lease: number;
}

let labs = 0;

/** A running lab. Call `close()` whatever happens. */
export class Lab {
  readonly dir = mkdtempSync(join(tmpdir(), "carrel-lab-"));
  readonly server: string;
  readonly router: string;
  private readonly prefix: string;
  private readonly namespaces: string[] = [];
  private readonly processes: { name: string; child: ChildProcess; output: string[] }[] = [];

  constructor() {
    // Short and unique per test process, so parallel runs and leftovers never collide.
    this.prefix = `crl${process.pid}x${labs++}`;
    this.server = this.addNamespace("srv");
    this.router = this.addNamespace("rtr");
  }

  private addNamespace(role: string): string {
    const name = `${this.prefix}-${role}`;
    ip("netns", "add", name);
    this.namespaces.push(name);
    ip("-n", name, "link", "set", "lo", "up");
    return name;
  }

  /** Links the server to the router on the server's own VLAN. */
  wireServer(serverAddress: string, gatewayCidr: string): void {
    ip(
      "link",
      "add",
      "s0",
      "netns",
      this.server,
      "type",
      "veth",
      "peer",
      "name",
      "up0",
      "netns",
      this.router,
    );
    const prefix = gatewayCidr.split("/")[1]!;
    ip("-n", this.server, "addr", "add", `${serverAddress}/${prefix}`, "dev", "s0");
    ip("-n", this.router, "addr", "add", gatewayCidr, "dev", "up0");
    ip("-n", this.server, "link", "set", "s0", "up");
    ip("-n", this.router, "link", "set", "up0", "up");
    ip("-n", this.server, "route", "add", "default", "via", gatewayCidr.split("/")[0]!);
  }

  /** Adds a client namespace on a VLAN, linked to the router's interface for it. */
  wireVlan(vlan: LabVlan): string {
    const client = this.addNamespace(`c${vlan.id}`);
    const routerSide = `v${vlan.id}`;
    ip(
      "link",
      "add",
      routerSide,
      "netns",
      this.router,
      "type",
      "veth",
      "peer",
      "name",
      "e0",
      "netns",
      client,
    );
    ip("-n", this.router, "addr", "add", vlan.gateway, "dev", routerSide);
    ip("-n", this.router, "link", "set", routerSide, "up");
    ip("-n", client, "link", "set", "e0", "up");
    return client;
  }

  /** Writes a file into the lab's folder and returns its path. */
  file(name: string, content: string): string {
    const path = join(this.dir, name);
    writeFileSync(path, content);
    return path;
  }

  /** Starts a long-running program inside a namespace, as root. */
  start(name: string, namespace: string, command: string, args: readonly string[], env = {}): void {
    const root = asRoot(tool("ip"), ["netns", "exec", namespace, tool(command), ...args], env);
    const child = spawn(root.file, root.args, { stdio: ["ignore", "pipe", "pipe"] });
    const output: string[] = [];
    child.stdout?.on("data", (d: Buffer) => output.push(d.toString()));
    child.stderr?.on("data", (d: Buffer) => output.push(d.toString()));
    this.processes.push({ name, child, output });
  }

  /** Everything the started programs printed, for failure messages. */
  log(): string {
    return this.processes.map((p) => `--- ${p.name}\n${p.output.join("")}`).join("\n");
  }

  /** Waits until something in the namespace listens on UDP port 67, or throws. */
  async waitForPort67(namespace: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const exited = this.processes.find((p) => p.child.exitCode !== null);
      if (exited) throw new Error(`${exited.name} exited early:\n${this.log()}`);
      const ss = asRoot(tool("ip"), ["netns", "exec", namespace, "ss", "-Huln", "sport = :67"]);
      const { stdout } = await execFileAsync(ss.file, ss.args);
      if (stdout.trim() !== "") return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`nothing listens on port 67 in ${namespace}:\n${this.log()}`);
  }

  /** Runs busybox udhcpc in a client namespace, with a MAC address of its own if given. */
  async lease(client: string, mac?: string): Promise<Lease> {
    if (mac) {
      ip("-n", client, "link", "set", "e0", "down");
      ip("-n", client, "link", "set", "e0", "address", mac);
      ip("-n", client, "link", "set", "e0", "up");
    }
    const record = join(this.dir, `${client}-${mac ?? "new"}.lease`);
    const script = this.file(
      "udhcpc.sh",
      [
        "#!/bin/sh",
        "# udhcpc runs this at each DHCP event; record the lease, configure nothing.",
        '[ "$1" = bound ] || exit 0',
        'printf "ip=%s\\nsubnet=%s\\nrouter=%s\\ndns=%s\\ndomain=%s\\nntp=%s\\nlease=%s\\n" \\',
        '  "$ip" "$subnet" "$router" "$dns" "$domain" "$ntpsrv" "$lease" > "$LEASE_RECORD"',
        "",
      ].join("\n"),
    );
    chmodSync(script, 0o755);
    const udhcpc = asRoot(
      tool("ip"),
      [
        "netns",
        "exec",
        client,
        tool("busybox"),
        "udhcpc",
        "-i",
        "e0",
        "-f",
        "-q",
        "-n",
        "-t",
        "10",
        "-T",
        "1",
        "-O",
        "ntpsrv",
        "-s",
        script,
      ],
      { LEASE_RECORD: record },
    );
    await execFileAsync(udhcpc.file, udhcpc.args, { timeout: 20_000 }).catch((err: Error) => {
      throw new Error(`udhcpc in ${client} got no lease: ${err.message}\n${this.log()}`);
    });
    const fields = Object.fromEntries(
      readFileSync(record, "utf8")
        .trim()
        .split("\n")
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    const list = (v: string | undefined) => (v ? v.trim().split(/\s+/) : []);
    return {
      ip: fields.ip ?? "",
      subnet: fields.subnet ?? "",
      router: fields.router ?? "",
      dns: list(fields.dns),
      domain: fields.domain ?? "",
      ntp: list(fields.ntp),
      lease: Number(fields.lease),
    };
  }

  /** Stops every program and removes every namespace and file of the lab. */
  async close(): Promise<void> {
    for (const p of this.processes) if (p.child.exitCode === null) p.child.kill("SIGTERM");
    await Promise.all(
      this.processes.map(
        (p) =>
          new Promise<void>((resolve) => {
            if (p.child.exitCode !== null || p.child.signalCode !== null) return resolve();
            const force = setTimeout(() => p.child.kill("SIGKILL"), 3_000);
            p.child.once("exit", () => {
              clearTimeout(force);
              resolve();
            });
          }),
      ),
    );
    for (const ns of this.namespaces.reverse()) {
      try {
        // Through sudo a forced stop reaches only sudo itself: end what is left inside.
        const list = asRoot(tool("ip"), ["netns", "pids", ns]);
        const pids = execFileSync(list.file, list.args, { encoding: "utf8" });
        const left = pids.split(/\s+/).filter((pid) => pid !== "");
        if (left.length > 0) run(asRoot("kill", ["-KILL", ...left]));
        ip("netns", "del", ns);
      } catch {
        // Already gone: nothing to clean.
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Runs `ip` as root, quietly unless it fails. */
function ip(...args: string[]): void {
  run(asRoot(tool("ip"), args));
}

function run(invocation: Invocation): void {
  execFileSync(invocation.file, invocation.args, { stdio: ["ignore", "ignore", "pipe"] });
}
