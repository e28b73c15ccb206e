export * from "./catalog.ts";
export * from "./ports.ts";
export * from "./port-runs.ts";
