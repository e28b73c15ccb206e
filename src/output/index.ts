/** Generated output: file records, the generated-from header and the atomic writer. */
export * from "./files.ts";
export * from "./header.ts";
export * from "./write.ts";
