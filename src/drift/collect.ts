/**
 * The running configurations in a folder, recognised by content: switch running-configs and
 * DHCP configurations or exports. Files in folders below count too (the layout `carrel render`
 * writes, or one folder per device). Files that are neither are listed as skipped; a
 * configuration that cannot be used (cut off, another vendor's) stops the check.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import {
  parseRunningConfig,
  recogniseRunningConfig,
  type RunningConfig,
} from "../device/aruba/index.ts";
import { decodeText } from "../device/decode.ts";
import { describeFileProblem, readRegularFile } from "../site/index.ts";
import { recogniseDhcp, type RunningDhcp } from "../device/dhcp/index.ts";
import { recogniseZone } from "../device/dns/zone.ts";
import { recogniseForeign } from "../import/foreign.ts";

/** A running configuration found in the folder. */
export type Collected =
  | {
      readonly kind: "switch";
      readonly file: string;
      readonly text: string;
      readonly config: RunningConfig;
    }
  | {
      readonly kind: "dhcp";
      readonly file: string;
      readonly text: string;
      readonly dhcp: RunningDhcp;
    };

/** What the folder holds. */
export interface Collection {
  readonly configs: readonly Collected[];
  readonly skipped: readonly { readonly file: string; readonly why: string }[];
  /** Problems that make the folder unusable: `file:line  message`. */
  readonly problems: readonly {
    readonly file: string;
    readonly line: number | undefined;
    readonly message: string;
  }[];
}

const MAX_DEPTH = 4;
const MAX_BYTES = 64 * 1024 * 1024;

function files(dir: string, depth = 0): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return depth < MAX_DEPTH ? files(path, depth + 1) : [];
      return e.isFile() ? [path] : [];
    });
}

/**
 * Reads every configuration in a folder. Throws only when the folder itself cannot be read.
 * `command` names what reads them in messages (`carrel drift`, `carrel audit`).
 */
export function collectRunning(dir: string, command = "carrel drift"): Collection {
  const configs: Collected[] = [];
  const skipped: { file: string; why: string }[] = [];
  const problems: { file: string; line: number | undefined; message: string }[] = [];
  for (const path of files(dir)) {
    const file = path;
    // Devices and pipes are never opened, and the size limit holds while reading.
    const read = readRegularFile(path, MAX_BYTES);
    if (!read.ok) {
      skipped.push({
        file,
        why:
          read.problem.kind === "too-large"
            ? "too large to be a configuration"
            : describeFileProblem(file, read.problem, "configuration", "64 MiB").replace(
                `${file} `,
                "",
              ),
      });
      continue;
    }
    const decoded = decodeText(read.bytes);
    if (!decoded.ok) {
      skipped.push({ file, why: `not text (${decoded.message.replace(/^is /, "")})` });
      continue;
    }
    const text = decoded.text;
    if (/^ip preserve\s*$/m.test(text)) {
      // `ip preserve` only ever ends a file a switch downloads at zero-touch start-up.
      skipped.push({
        file,
        why: "a zero-touch configuration file (ip preserve), not a running config",
      });
      continue;
    }
    if (recogniseRunningConfig(text) !== undefined) {
      const config = parseRunningConfig(text);
      for (const p of config.problems) problems.push({ file, line: p.line, message: p.message });
      if (config.problems.length === 0) configs.push({ kind: "switch", file, text, config });
      continue;
    }
    const dhcpFormat = recogniseDhcp(text);
    if (dhcpFormat) {
      const dhcp = dhcpFormat.format.parse(text);
      for (const p of dhcp.problems) problems.push({ file, line: p.line, message: p.message });
      if (dhcp.problems.length === 0) configs.push({ kind: "dhcp", file, text, dhcp });
      continue;
    }
    const foreign = recogniseForeign(text);
    if (foreign) {
      problems.push({
        file,
        line: foreign.line,
        message: `this is ${foreign.format.name}; ${command} reads ArubaOS-Switch and DHCP configurations only`,
      });
      continue;
    }
    skipped.push({
      file,
      why:
        recogniseZone(text) !== undefined
          ? `a DNS zone: ${command} reads switches and DHCP servers`
          : "not a switch or DHCP configuration",
    });
  }
  return { configs, skipped, problems };
}
