/**
 * The import report: what each input was read as, then the report lines grouped by what
 * they are about (problems, secrets not copied, conflicts, guesses, lines not modelled),
 * each as `FILE:LINE  message`. Also as JSON for tools.
 */
import type { ImportNote, NoteTopic } from "./fragment.ts";
import { sourceNames } from "./merge/comments.ts";
import type { ImportedInput } from "./run.ts";
import { terminalSafe } from "../site/format.ts";

/** A note's group: its topic, or for notes without one, problems for errors and others else. */
function topicOf(note: ImportNote): NoteTopic | "other" {
  return note.topic ?? (note.level === "error" ? "problem" : "other");
}

const GROUPS: readonly { topic: NoteTopic | "other"; title: string }[] = [
  { topic: "problem", title: "Problems that stop the import" },
  { topic: "secret", title: "Secrets not copied" },
  { topic: "conflict", title: "Sources that disagree" },
  { topic: "guess", title: "Guesses to check" },
  { topic: "unmodelled", title: "Not modelled in site.yaml, so not in the draft" },
  { topic: "other", title: "Other notes" },
];

/** `core-sw1.cfg:212` (or the source alone). */
export function noteWhere(note: ImportNote, names: ReadonlyMap<string, string>): string {
  const file = names.get(note.origin.source) ?? note.origin.source;
  return note.origin.line === undefined ? file : `${file}:${note.origin.line}`;
}

function order(a: ImportNote, b: ImportNote): number {
  return (
    a.origin.source.localeCompare(b.origin.source) || (a.origin.line ?? 0) - (b.origin.line ?? 0)
  );
}

/** The report as text. */
export function formatImportReport(
  inputs: readonly ImportedInput[],
  notes: readonly ImportNote[],
): string {
  const names = sourceNames([...inputs.map((i) => i.source), ...notes.map((n) => n.origin.source)]);
  const out: string[] = [];
  const width = Math.max(0, ...inputs.map((i) => (names.get(i.source) ?? i.source).length));
  out.push(`Read ${inputs.length} ${inputs.length === 1 ? "input" : "inputs"}:`);
  for (const i of inputs)
    out.push(`  ${(names.get(i.source) ?? i.source).padEnd(width)}  ${i.format ?? "not read"}`);
  for (const group of GROUPS) {
    const list = notes.filter((n) => topicOf(n) === group.topic).sort(order);
    if (list.length === 0) continue;
    out.push("", `${group.title} (${list.length}):`);
    for (const n of list) out.push(`  ${noteWhere(n, names)}  ${n.message}`);
  }
  // Device text is shown as written, but a control character (an escape sequence in a
  // banner) shows as its name instead of acting on the terminal or a CI log.
  return `${out.map(terminalSafe).join("\n")}\n`;
}

/** The report as a JSON value. */
export function importReportJson(
  inputs: readonly ImportedInput[],
  notes: readonly ImportNote[],
): Record<string, unknown> {
  return {
    inputs: inputs.map((i) => ({ source: i.source, format: i.format ?? null })),
    notes: [...notes].sort(order).map((n) => ({
      source: n.origin.source,
      line: n.origin.line ?? null,
      level: n.level,
      topic: topicOf(n),
      message: n.message,
    })),
  };
}
