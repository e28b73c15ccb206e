/** The documentation site: pages built from the site model, rendered to static HTML. */
export { buildDocs, buildPages } from "./build.ts";
export type { DocsDate, DocsInput, RunbookText } from "./context.ts";
export { MAX_TOPOLOGY_LAYOUT_BYTES, TOPOLOGY_LAYOUT_PATH } from "./svg/topology-layout.ts";
