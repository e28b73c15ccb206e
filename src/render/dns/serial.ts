/**
 * Zone serial numbers without dates or state: each zone's serial is a number taken from
 * a hash of the zone's own records, so the same records always give the same serial,
 * and a zone whose records did not change keeps its serial when the rest of site.yaml
 * changes. The serial does not grow: the README ("Rendered configurations") says what
 * that means for secondary servers.
 */
import { createHash } from "node:crypto";

/** The serial of a zone with this content: 1 to 2^31-1, never 0. */
export function zoneSerial(records: string): number {
  const n = createHash("sha256").update(records, "utf8").digest().readUInt32BE(0);
  // Stay below 2^31 so no tool that reads the serial as a signed number sees it negative.
  return (n % 0x7fffffff) + 1;
}
