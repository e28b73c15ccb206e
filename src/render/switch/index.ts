/** ArubaOS-Switch configurations, rendered from the site model. */
export * from "./acl-notation.ts";
export * from "./delivery.ts";
export * from "./globals.ts";
export * from "./isolation-acl.ts";
export * from "./member-lists.ts";
export * from "./names.ts";
export * from "./port-blocks.ts";
export * from "./render-switches.ts";
export * from "./switch-config.ts";
export * from "./vlan-blocks.ts";
