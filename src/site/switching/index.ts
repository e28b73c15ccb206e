export * from "./catalog.ts";
export * from "./clock.ts";
export * from "./clock-rules.ts";
export * from "./firmware.ts";
export * from "./hardware.ts";
export * from "./ports.ts";
export * from "./port-runs.ts";
export * from "./service-ports.ts";
