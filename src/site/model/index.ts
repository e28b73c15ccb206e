export * from "./addresses.ts";
export * from "./isolation.ts";
export * from "./names.ts";
export * from "./ports.ts";
export * from "./site-model.ts";
export * from "./switch-delivery.ts";
export * from "./switch-firmware.ts";
