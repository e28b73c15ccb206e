/**
 * Reads an ArubaOS-Switch (ProCurve) running-config, as `show running-config` prints it (K,
 * KA, KB, WB, WC, YA, YB releases, 15.x and 16.x, with or without the `Configuration
 * Editor` header) or as people paste it (sub-commands not indented, one-line forms such as
 * `vlan 10 untagged 1-4`).
 *
 * Blocks are followed by indentation and `exit`, nested ones included (`vrrp` inside a VLAN,
 * `oobm`, `vsf member`). Every line lands in exactly one place: a modelled fact with its line,
 * a secret (kind and line only), or the list of lines Carrel does not model, with its block.
 * Problems that make the file unusable as a whole (cut off, pager prompts) are listed too;
 * the parser itself never throws.
 */
import { emptyConfig, type RunningConfig } from "./config.ts";
import { splitLines, type LogicalLine } from "./lines.ts";
import { interfaceCommand, topLevelCommand, vlanCommand, type Handled } from "./commands.ts";
import { secretKind } from "../../site/secrets.ts";

/** A block the parser is inside. */
export type Block =
  | { readonly kind: "vlan"; readonly id: number }
  | { readonly kind: "interface"; readonly members: readonly string[] }
  | { readonly kind: "acl"; readonly name: string }
  | { readonly kind: "stacking" }
  | { readonly kind: "other" };

interface Frame {
  readonly block: Block;
  readonly label: string;
  readonly line: number;
  readonly indent: number;
  childIndent: number | undefined;
  lastChild: string | undefined;
}

/** Sub-commands that may follow an unindented `vlan` or `interface` line in pasted configs. */
const PASTED_CHILD: Partial<Record<Block["kind"], RegExp>> = {
  vlan: /^(name|untagged|tagged|no untagged|no tagged|ip address|no ip address|ip helper-address|ip access-group|voice|no voice|qos priority)\b/,
  interface:
    /^(name|disable|enable|power-over-ethernet|no power-over-ethernet|dhcp-snooping trust|arp-protect trust|spanning-tree admin-edge-port|spanning-tree bpdu-protection|loop-protect)\b/,
  acl: /^(\d+\s+)?(permit|deny|remark)\b/,
};

const HEADER = /^;\s*(\S+)\s+Configuration Editor;\s*Created on release\s*#?\s*(\S+)?/i;

/** Parses running-config text. */
export function parseRunningConfig(text: string): RunningConfig {
  const config = emptyConfig();
  const split = splitLines(text);
  config.lineCount = split.lineCount;
  const stack: Frame[] = [];
  let lastTop: LogicalLine | undefined;

  const remember = (l: LogicalLine, context: string | undefined) => {
    const secret = secretKind(l.text);
    if (secret) config.secrets.push({ line: l.line, what: secret });
    else {
      config.unmodelled.push({ line: l.line, text: l.text, context });
      config.commands.push({ line: l.line, text: l.text, context });
    }
  };

  for (const l of split.lines) {
    if (l.text.startsWith(";") || l.text.startsWith("!")) {
      const m = HEADER.exec(l.text);
      if (m && !config.header)
        config.header = { partNumber: m[1]!.toUpperCase(), release: m[2], line: l.line };
      continue;
    }
    if (l.text === "exit") {
      stack.pop();
      continue;
    }
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (l.indent > top.indent) break;
      const pasted = PASTED_CHILD[top.block.kind];
      if (stack.length === 1 && l.indent === 0 && pasted?.test(l.text)) break;
      stack.pop();
    }
    if (stack.length === 0 && l.indent > 0 && lastTop) {
      // Indented lines under a top-level command Carrel does not know belong to its block.
      stack.push(frame({ kind: "other" }, lastTop.text, lastTop));
    }
    const top = stack[stack.length - 1];
    if (top) {
      top.childIndent ??= l.indent;
      if (l.indent > top.childIndent && top.lastChild !== undefined) {
        // Deeper than its siblings: inside a block its previous sibling opened (vrrp, vsf member).
        stack.push(frame({ kind: "other" }, `${top.label} / ${top.lastChild}`, l, top.childIndent));
      }
      const ctx = stack[stack.length - 1]!;
      ctx.lastChild = l.text;
      const handled = subCommand(config, ctx.block, l);
      if (handled === false) remember(l, ctx.label);
      else config.commands.push({ line: l.line, text: l.text, context: ctx.label });
      continue;
    }
    lastTop = l;
    const handled = topLevelCommand(config, l);
    if (handled === false) remember(l, undefined);
    else config.commands.push({ line: l.line, text: l.text, context: undefined });
    if (typeof handled === "object") stack.push(frame(handled, l.text, l));
  }
  checkComplete(config, split, stack);
  return config;
}

function frame(block: Block, label: string, at: LogicalLine, indent = at.indent): Frame {
  return { block, label, line: at.line, indent, childIndent: undefined, lastChild: undefined };
}

function subCommand(config: RunningConfig, block: Block, l: LogicalLine): Handled {
  switch (block.kind) {
    case "vlan":
      return vlanCommand(config, block.id, l.text, l.line);
    case "interface":
      return interfaceCommand(config, block.members, l.text, l.line);
    case "acl": {
      const m = /^(?:\d+\s+)?((?:permit|deny|remark)\b.*)$/.exec(l.text);
      if (!m) return false;
      config.acls.get(block.name)!.entries.push({ rule: m[1]!, line: l.line });
      return true;
    }
    case "stacking": {
      const m = /^member\s+(\d+)\s+type\s+"?([A-Za-z0-9_]+)"?/i.exec(l.text);
      if (!m) return false;
      config.hardware.push({
        slot: m[1]!,
        type: m[2]!.toUpperCase(),
        kind: "member",
        line: l.line,
      });
      return true;
    }
    case "other":
      return false;
    default: {
      const unknown: never = block;
      throw new Error(`unknown block ${JSON.stringify(unknown)}`);
    }
  }
}

/** Problems that show the file is not a whole running-config. */
function checkComplete(
  config: RunningConfig,
  split: ReturnType<typeof splitLines>,
  stack: readonly Frame[],
): void {
  for (const line of split.pagerPrompts) {
    config.problems.push({
      line,
      message:
        "a pager prompt (-- MORE --) from a terminal session: lines around it may be missing; " +
        "run 'no page' before 'show running-config' and copy the output again",
    });
  }
  if (split.openQuote !== undefined) {
    config.problems.push({
      line: split.openQuote,
      message: "a quoted text starts here and never ends: the file looks cut off",
    });
  }
  const last = split.lines[split.lines.length - 1];
  const open = stack.find((f) => f.block.kind !== "other");
  if (last && open && last.indent > 0 && last.line !== open.line) {
    config.problems.push({
      line: last.line,
      message:
        `the file ends inside the '${open.label}' block that starts at line ${open.line}: ` +
        "it looks cut off; copy the whole output of 'show running-config' again",
    });
  } else if (!config.vlans.has(1)) {
    config.problems.push({
      line: last?.line ?? 1,
      message:
        "there is no 'vlan 1' block, which every ArubaOS-Switch running-config has: the file " +
        "looks cut off or is only part of a config; copy the whole output of 'show running-config'",
    });
  }
}
