/**
 * A running-config's hardening, read from what the parser recorded: the lines it does not
 * model (hardening commands stay there, so drift keeps comparing them line by line) read
 * with the shared hardening reader, and the lines holding SNMP communities, described
 * without ever repeating a community's name unless it is a factory default anyone knows.
 */
import type { RunningConfig } from "./config.ts";
import { expandMembers } from "./ports.ts";
import { emptySecurityLines, securityLine, type SecurityLines } from "./security-lines.ts";

/** An SNMP v1/v2c community line, as far as it may be told. */
export interface CommunityLine {
  readonly line: number;
  /** `public` or `private`, the factory defaults; undefined for any other (secret) name. */
  readonly defaultName: "public" | "private" | undefined;
  /** Manager (read-write) access rather than operator (read-only). */
  readonly manager: boolean;
  /** `unrestricted`: any MIB object it can reach, without the restricted view. */
  readonly unrestricted: boolean;
}

/** The hardening of a running config. */
export interface RunningSecurity extends SecurityLines {
  readonly communities: readonly CommunityLine[];
}

function community(text: string, line: number): CommunityLine {
  const m = /^snmp-server\s+community\s+("[^"]*"|\S+)(.*)$/i.exec(text.trim());
  const name = m ? m[1]!.replace(/^"|"$/g, "") : "";
  const rest = m?.[2] ?? "";
  const known = name.toLowerCase();
  return {
    line,
    defaultName: known === "public" || known === "private" ? known : undefined,
    // Access is operator unless `manager` is given (ASG, "snmp-server community").
    manager: /\bmanager\b/i.test(rest),
    unrestricted: /\bunrestricted\b/i.test(rest),
  };
}

/**
 * The ports (trunks in lower case) of an `interface` block a line sits in, given the block's
 * label as the parser records it; undefined for any other block.
 */
export function contextPorts(context: string): string[] | undefined {
  const m = /^interface\s+(\S+)$/.exec(context);
  return m
    ? expandMembers(m[1]!)?.map((p) => (/^trk\d+$/i.test(p) ? p.toLowerCase() : p))
    : undefined;
}

/** Reads the hardening of a parsed running config; `text` is the file it was parsed from. */
export function runningSecurity(config: RunningConfig, text: string): RunningSecurity {
  const s = emptySecurityLines();
  for (const l of config.unmodelled) {
    if (l.context === undefined) {
      securityLine(s, l.text, l.line);
      continue;
    }
    const ports = contextPorts(l.context);
    if (ports) securityLine(s, l.text, l.line, ports);
  }
  const physical = text.split(/\r?\n/);
  const communities = config.secrets
    .filter((x) => /^snmp-server\s+community\b/i.test((physical[x.line - 1] ?? "").trim()))
    .map((x) => community(physical[x.line - 1]!, x.line));
  return { ...s, communities };
}
