/**
 * What the parts of a switch comparison share: both parsed sides, the site's places, and
 * how a difference is recorded with its running line (never the text of a secret line).
 */
import {
  parseRunningConfig,
  portNumbering,
  type PortNumbering,
  type RunningConfig,
} from "../device/aruba/index.ts";
import type { SiteModel } from "../site/model/site-model.ts";
import type { SitePlaces } from "./places.ts";
import type { Difference, SitePlace } from "./report.ts";

/** One side of the comparison: a parsed config, its numbering, and its lines. */
export interface Side {
  readonly config: RunningConfig;
  readonly numbering: PortNumbering;
  readonly lines: readonly string[];
}

/** Parses one side (or takes the parse already made). */
export function side(text: string, parsed?: RunningConfig): Side {
  const config = parsed ?? parseRunningConfig(text);
  return { config, numbering: portNumbering(config), lines: text.split(/\r?\n/) };
}

/** Text with runs of spaces made one. */
export const norm = (text: string) => text.trim().replace(/\s+/g, " ");

/** The comparison of one switch, as its parts record differences. */
export interface SwitchComparison {
  readonly model: SiteModel;
  readonly name: string;
  readonly file: string;
  readonly places: SitePlaces;
  /** What site.yaml renders. */
  readonly r: Side;
  /** What runs. */
  readonly u: Side;
  readonly diffs: Difference[];
  /** A running line's text, unless it holds a secret. */
  readonly text: (line: number) => string | undefined;
  /** Records a difference. */
  readonly add: (message: string, site: SitePlace | undefined, line: number | undefined) => void;
}

/** Starts the comparison of one switch. */
export function switchComparison(
  model: SiteModel,
  name: string,
  file: string,
  places: SitePlaces,
  r: Side,
  u: Side,
): SwitchComparison {
  const secretLines = new Set(u.config.secrets.map((s) => s.line));
  const text = (line: number) => (secretLines.has(line) ? undefined : u.lines[line - 1]?.trim());
  const diffs: Difference[] = [];
  const add = (message: string, site: SitePlace | undefined, line: number | undefined) =>
    diffs.push({
      message,
      ...(site ? { site } : {}),
      ...(line !== undefined
        ? { running: { file, line, ...(text(line) !== undefined ? { text: text(line)! } : {}) } }
        : {}),
    });
  return { model, name, file, places, r, u, diffs, text, add };
}
