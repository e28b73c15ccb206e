export * from "./addresses.ts";
export * from "./backups.ts";
export * from "./lifecycle.ts";
export * from "./names.ts";
export * from "./people.ts";
export * from "./ports.ts";
export * from "./site-model.ts";
