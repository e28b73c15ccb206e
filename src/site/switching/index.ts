export * from "./catalog.ts";
export * from "./ports.ts";
