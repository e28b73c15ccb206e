/** Helpers for BIND zone files. */
import type { HelperDelegate } from "handlebars";
import {
  zoneComment,
  zoneName,
  zoneNumber,
  zoneOwner,
  zoneRdata,
  zoneTxt,
  zoneType,
} from "../escape/bind.ts";

/** The BIND zone file helpers, by name. */
export const BIND_HELPERS: Record<string, HelperDelegate> = {
  /** `{{zoneName name}}`: a domain name, each label escaped. */
  zoneName: (value: unknown) => zoneName(value),
  /** `{{zoneOwner name width}}`: an owner name padded to line records up. */
  zoneOwner: (value: unknown, width: unknown) => zoneOwner(value, width),
  /** `{{zoneType type}}`: `A`, `AAAA`, `PTR`, `NS`, `CNAME`, `MX` or `TXT`. */
  zoneType: (value: unknown) => zoneType(value),
  /** `{{zoneRdata record}}`: the data of a record, by its type. */
  zoneRdata: (record: { type?: unknown; value?: unknown; priority?: unknown }) => zoneRdata(record),
  /** `{{zoneTxt text}}`: TXT data, quoted and split into strings of 255 bytes. */
  zoneTxt: (value: unknown) => zoneTxt(value),
  /** `{{zoneNumber serial}}`: a number. */
  zoneNumber: (value: unknown) => zoneNumber(value),
  /** `{{zoneComment lines}}`: `;` comment lines. */
  zoneComment: (lines: unknown) => zoneComment(lines),
};
