/**
 * `carrel import --vcenter https://host/sdk`: reads a live vCenter with credentials from
 * the environment only (never the command line, where other users and the shell history
 * see them):
 *
 * - `CARREL_VCENTER_USER`, `CARREL_VCENTER_PASSWORD`: a read-only account is enough;
 * - `CARREL_VCENTER_CA_FILE`: a PEM file to trust, for a vCenter whose certificate comes
 *   from its own certificate authority (VMCA);
 * - `CARREL_VCENTER_INSECURE=1`: skip certificate checks, only for a self-signed lab vCenter.
 *
 * The inventory comes from the SOAP API (PropertyCollector over a ContainerView), tags from
 * the REST API. Any failure to reach or log in ends with a `VcenterError` naming the URL.
 */
import { readFileSync } from "node:fs";
import type { ImportFragment } from "../fragment.ts";
import { retrieveInventory } from "./collector.ts";
import { VcenterError, type TlsPolicy } from "./http.ts";
import { buildInventory, INVENTORY_PROPERTIES } from "./inventory.ts";
import { guessSiteCode } from "./names.ts";
import { VimSession } from "./soap.ts";
import { readTags, type VsphereTag } from "./tags.ts";
import { inventoryToFragment } from "./to-fragment.ts";

export { VcenterError } from "./http.ts";

/** Environment variable names. */
export const VCENTER_ENV = {
  user: "CARREL_VCENTER_USER",
  password: "CARREL_VCENTER_PASSWORD",
  caFile: "CARREL_VCENTER_CA_FILE",
  insecure: "CARREL_VCENTER_INSECURE",
} as const;

/** Options besides the URL. */
export interface VcenterOptions {
  /** Where credentials and TLS settings come from. @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The site code for Carrel's resource names; guessed from VM names when not given. */
  readonly siteCode?: string;
  /** Objects per PropertyCollector page. @default 500 */
  readonly pageSize?: number;
}

/** The SDK endpoint from what the user typed: `vc01`, `https://vc01`, `https://vc01/sdk`. */
export function sdkUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw new VcenterError(
      `'${text}' is not a vCenter address; give it as https://vcenter.example.org/sdk`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new VcenterError(
      `'${text}' is not a vCenter address; give it as https://vcenter.example.org/sdk`,
    );
  // Credentials go to vCenter with every login: only over HTTPS, except to this machine
  // itself (a simulator or an SSH tunnel's local end).
  if (url.protocol === "http:" && !/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(url.hostname))
    throw new VcenterError(
      `'${text}' would send the vCenter password unencrypted; give its https:// address`,
    );
  if (url.username || url.password)
    throw new VcenterError(
      `put no credentials in the vCenter address; set ${VCENTER_ENV.user} and ${VCENTER_ENV.password} instead`,
    );
  if (url.pathname === "/" || url.pathname === "") url.pathname = "/sdk";
  return url;
}

/** The TLS policy the environment asks for. */
export function tlsPolicy(env: Readonly<Record<string, string | undefined>>): TlsPolicy {
  const caFile = env[VCENTER_ENV.caFile];
  const insecure = ["1", "true", "yes"].includes((env[VCENTER_ENV.insecure] ?? "").toLowerCase());
  if (!caFile) return { insecure };
  try {
    return { ca: readFileSync(caFile, "utf8"), insecure };
  } catch {
    throw new VcenterError(`cannot read ${VCENTER_ENV.caFile} (${caFile})`);
  }
}

/** Reads the vCenter at `address` into one fragment. */
export async function readVcenter(
  address: string,
  options: VcenterOptions = {},
): Promise<ImportFragment> {
  const env = options.env ?? process.env;
  const url = sdkUrl(address);
  const user = env[VCENTER_ENV.user];
  const password = env[VCENTER_ENV.password];
  if (!user || !password)
    throw new VcenterError(
      `set ${VCENTER_ENV.user} and ${VCENTER_ENV.password} to a vCenter account (read-only is enough) to import from ${url.href}`,
    );
  const tls = tlsPolicy(env);
  const session = new VimSession(url, tls);
  const content = await session.serviceContent();
  if (content.apiType !== "VirtualCenter")
    throw new VcenterError(
      `${url.href} is ${content.fullName || "not vCenter"}, not vCenter; import from the vCenter that manages it`,
    );
  await session.login(content, user, password);
  let objects;
  try {
    objects = await retrieveInventory(session, content, INVENTORY_PROPERTIES, options.pageSize);
  } finally {
    await session.logout(content);
  }
  const inventory = buildInventory(objects);
  const origin = { source: url.href };
  let tags: VsphereTag[] | undefined;
  let tagProblem: string | undefined;
  try {
    tags = await readTags(url, user, password, tls);
  } catch (err) {
    // Tags only add roles and backup classes: the rest of the import stands without them.
    tagProblem = err instanceof Error ? err.message : String(err);
  }
  const guessed = guessSiteCode(inventory.vms.filter((v) => !v.template).map((v) => v.name));
  const siteCode = options.siteCode ?? guessed ?? "site";
  const fragment = inventoryToFragment({ inventory, tags, server: url.hostname, siteCode, origin });
  const extraNotes = [
    ...(tagProblem
      ? [
          {
            level: "warning" as const,
            origin,
            message: `tags not read (${tagProblem}); VM roles and backup classes are left out`,
          },
        ]
      : []),
    ...(options.siteCode === undefined
      ? [
          {
            level: "info" as const,
            origin,
            message: guessed
              ? `site code '${guessed}' guessed from the VM names`
              : "no site code in the VM names; Carrel's resource names use 'site' until site.code is set",
          },
        ]
      : []),
  ];
  const items =
    options.siteCode === undefined && guessed
      ? [
          {
            key: ["site", "code"],
            value: guessed,
            origin,
            guessed: "the prefix most VM names share",
          },
          ...fragment.items,
        ]
      : fragment.items;
  return { ...fragment, items, notes: [...extraNotes, ...fragment.notes] };
}
