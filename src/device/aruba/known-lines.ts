/**
 * The lines a running-config parse leaves unmodelled, sorted into those Carrel itself writes
 * (hardening and switch-wide settings, which the parser leaves there on purpose so drift
 * compares them line by line) and those nothing in Carrel reads. Import reports only the
 * latter as not modelled; the render tests ask that a rendered file has none.
 */
import type { RunningConfig, SourceLine } from "./config.ts";
import { contextPorts } from "./security.ts";
import { emptySecurityLines, securityLine } from "./security-lines.ts";
import { emptySettingsLines, settingLine, type SettingsLines } from "./settings-lines.ts";

/** Whether an unmodelled line is a hardening or settings command Carrel writes and reads. */
export function writtenByCarrel(l: SourceLine): boolean {
  if (settingLine(emptySettingsLines(), l.text, l.line, l.context)) return true;
  if (l.context === undefined) return securityLine(emptySecurityLines(), l.text, l.line);
  const ports = contextPorts(l.context);
  return ports !== undefined && securityLine(emptySecurityLines(), l.text, l.line, ports);
}

/** The unmodelled lines that no reader of Carrel's understands, in file order. */
export function unknownLines(config: RunningConfig): SourceLine[] {
  return config.unmodelled.filter((l) => !writtenByCarrel(l));
}

/** The switch-wide settings of a parsed running config. */
export function runningSettings(config: RunningConfig): SettingsLines {
  const s = emptySettingsLines();
  for (const l of config.unmodelled) settingLine(s, l.text, l.line, l.context);
  return s;
}
