/** The site model: schema, loading, validation rules and the derived model. */
export * from "./changes/index.ts";
export * from "./dates.ts";
export * from "./duration.ts";
export * from "./format.ts";
export * from "./issue.ts";
export * from "./model/index.ts";
export * from "./net/index.ts";
export * from "./read.ts";
export * from "./schema.ts";
export * from "./source.ts";
export * from "./switching/index.ts";
export * from "./validate.ts";
export * from "./regular-file.ts";
