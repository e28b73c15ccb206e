export * from "./addresses.ts";
export * from "./names.ts";
export * from "./ports.ts";
export * from "./site-model.ts";
