/**
 * ArubaOS-Switch (ProCurve) running-configs: parsing with a line for every fact, recognising
 * the format, hardware by product number, and the per-port view that import and drift share.
 */
export * from "./acl.ts";
export * from "./config.ts";
export * from "./known-lines.ts";
export * from "./models.ts";
export * from "./numbering.ts";
export * from "./parse.ts";
export * from "./port-view.ts";
export * from "./ports.ts";
export * from "./recognise.ts";
export * from "./security.ts";
export * from "./security-lines.ts";
export * from "./settings-lines.ts";
