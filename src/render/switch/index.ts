/** ArubaOS-Switch configurations: rendering from the site model, and reading configs back. */
export * from "./acl-notation.ts";
export * from "./delivery.ts";
export * from "./globals.ts";
export * from "./isolation-acl.ts";
export * from "./member-lists.ts";
export * from "./names.ts";
export * from "./parse.ts";
export * from "./port-blocks.ts";
export * from "./port-table.ts";
export * from "./render-switches.ts";
export * from "./switch-config.ts";
export * from "./vlan-blocks.ts";
