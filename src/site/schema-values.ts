/**
 * Value types that several parts of the schema share and that the section files
 * (`schema-services.ts`, `schema-rooms.ts`...) need without importing `schema.ts`, which
 * imports them.
 */
import { z } from "zod";

const quoted = (input: unknown) =>
  typeof input === "string" ? `'${input}'` : (JSON.stringify(input) ?? String(input));

/** A calendar date written YYYY-MM-DD (R29 checks it is a real one). */
export const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (iss) => `${quoted(iss.input)} is not a date written YYYY-MM-DD (like 2027-06-30)`,
  })
  .meta({ description: "Date, YYYY-MM-DD" });
