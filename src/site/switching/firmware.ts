/**
 * ArubaOS-Switch software families and releases.
 *
 * HPE builds one software branch per hardware platform and names each release after it:
 * `WC.16.11.0025` is release 16.11.0025 of the WC branch, which runs on the 2930F and 2930M.
 * A switch only runs releases of its own branch, and the first line of a configuration file
 * names the release it was written for (`; JL256A Configuration Editor; Created on release
 * #WC.16.11.0025`). The audit compares the same key with what a switch reports.
 *
 * The default releases below are the newest 16.11 releases seen on switches in the field when
 * this table was written (2930F WC.16.11.0025, 2540 YC.16.11.0029, 2530 YA.16.11.0029). The
 * header only records the release; it does not have to match the switch exactly, but the
 * family must. A library that runs another release says so with `firmware:`.
 */

/** A software family Carrel knows. */
export interface FirmwareFamily {
  /** Two-letter branch code, e.g. `WC`. */
  readonly code: string;
  /** The switch series it runs on, in words. */
  readonly platforms: string;
  /** The release a header names when site.yaml gives none. */
  readonly defaultRelease: string;
  /**
   * Whether configurations of this family carry `module 1 type <product number>` after the
   * hostname. Real WC (2930F) and YC (2540) running-configs do; the one real YA (2530)
   * configuration on record (HPE's own zero-touch example, YA.15.13) does not, and a line the
   * switch does not know would stop an upload, so YA leaves it out.
   */
  readonly moduleLine: boolean;
}

/** The families of the built-in catalog's switches. */
export const FIRMWARE_FAMILIES: Readonly<Record<string, FirmwareFamily>> = {
  WC: {
    code: "WC",
    platforms: "Aruba 2930F and 2930M",
    defaultRelease: "WC.16.11.0025",
    moduleLine: true,
  },
  YC: {
    code: "YC",
    platforms: "Aruba 2540",
    defaultRelease: "YC.16.11.0029",
    moduleLine: true,
  },
  YA: {
    code: "YA",
    platforms: "HPE/Aruba 2530 (Gigabit models)",
    defaultRelease: "YA.16.11.0029",
    moduleLine: false,
  },
};

/** A release as written: family code, then major.minor.build, e.g. `WC.16.11.0025`. */
export const RELEASE_PATTERN = /^([A-Z]{2})\.(1[5-9])\.(\d{2})\.(\d{4})$/;

/** The family code of a release (`WC.16.11.0025` → `WC`), or undefined when malformed. */
export function releaseFamily(release: string): string | undefined {
  return RELEASE_PATTERN.exec(release)?.[1];
}

/** A family code as written: two capital letters. */
export const FAMILY_PATTERN = /^[A-Z]{2}$/;

/**
 * An HPE product number as printed on the switch and in its configuration header:
 * `J9773A`, `JL256A`, `R0M67A`.
 */
export const PRODUCT_NUMBER_PATTERN = /^[A-Z]{1,2}\d[0-9A-Z]{2,4}[A-Z]$/;

/**
 * Orders two releases of one family by major, minor and build: negative when `a` is older
 * than `b`, 0 when equal; undefined when either is malformed or they belong to different
 * families (a 2930F release cannot be compared with a 2530's).
 */
export function compareReleases(a: string, b: string): number | undefined {
  const ma = RELEASE_PATTERN.exec(a);
  const mb = RELEASE_PATTERN.exec(b);
  if (!ma || !mb || ma[1] !== mb[1]) return undefined;
  for (let i = 2; i <= 4; i++) {
    const d = Number(ma[i]) - Number(mb[i]);
    if (d !== 0) return d;
  }
  return 0;
}
