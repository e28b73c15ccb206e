/** The docs' drawings, each inline SVG made at build time. */
export * from "./address-bar.ts";
export * from "./bar-chart.ts";
export * from "./colours.ts";
export * from "./frame.ts";
export * from "./front-panel.ts";
export * from "./timeline.ts";
export * from "./topology.ts";
