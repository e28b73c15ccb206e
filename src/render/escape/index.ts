/**
 * Escaping by output format: one module per format that Carrel writes. Templates reach
 * these only through the helpers in `../helpers/`; renderers use `pathSegment` for paths.
 */
export * from "./aruba.ts";
export * from "./bind.ts";
export * from "./comment.ts";
export * from "./dhcpd.ts";
export * from "./dnsmasq.ts";
export * from "./escape-error.ts";
export * from "./file-name.ts";
export * from "./kea.ts";
export * from "./markdown.ts";
export * from "./powershell.ts";
export * from "./tokens.ts";
