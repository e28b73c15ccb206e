/**
 * What `carrel drift` finds: per device, compliant or not, and each difference in plain
 * words, tied to the place in site.yaml that would fix it and to the running line involved.
 */
import type { Path } from "../site/issue.ts";

/** A place in site.yaml: its dotted path and, when located, its line and column. */
export interface SitePlace {
  readonly path: Path;
  readonly line?: number;
  readonly col?: number;
}

/** A line of a running configuration. */
export interface RunningPlace {
  readonly file: string;
  readonly line: number;
  /** The line's text, unless it holds a secret. */
  readonly text?: string;
}

/** One difference between what runs and what site.yaml renders. */
export interface Difference {
  readonly message: string;
  /** Where site.yaml says what it should be (change it there to accept what runs). */
  readonly site?: SitePlace;
  /** The running line that differs (remove or change it to follow site.yaml). */
  readonly running?: RunningPlace;
}

/** The kinds of device drift compares. */
export type DeviceKind = "switch" | "dhcp";

/** The verdict on one device. */
export interface DeviceReport {
  readonly name: string;
  readonly kind: DeviceKind;
  /** The running configuration it was compared with. */
  readonly file: string;
  readonly differences: readonly Difference[];
  /** What was read but not compared (credentials), in words. */
  readonly notCompared: readonly string[];
}

/** The whole drift report. */
export interface DriftReport {
  /** The day of the check, YYYY-MM-DD. */
  readonly date: string;
  readonly site: string;
  readonly running: string;
  readonly devices: readonly DeviceReport[];
  /** Devices of site.yaml with no running configuration in the folder. */
  readonly missing: readonly { readonly name: string; readonly kind: DeviceKind }[];
  /** Running configurations of devices site.yaml does not describe. */
  readonly unknown: readonly {
    readonly file: string;
    readonly kind: DeviceKind;
    readonly name: string;
  }[];
  /** Files of the folder that are not configurations drift compares, and why. */
  readonly skipped: readonly { readonly file: string; readonly why: string }[];
}

/** Whether a device has no differences. */
export function compliant(device: DeviceReport): boolean {
  return device.differences.length === 0;
}

/** Whether the whole estate matches site.yaml (devices without a running config aside). */
export function allCompliant(report: DriftReport): boolean {
  return report.devices.every(compliant) && report.unknown.length === 0;
}
