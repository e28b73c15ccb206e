/** Generated output: file records, the generated-from header, the atomic writer and its lock. */
export * from "./compare.ts";
export * from "./files.ts";
export * from "./header.ts";
export * from "./write.ts";
