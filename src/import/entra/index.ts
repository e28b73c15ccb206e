/** Entra ID as an import source: a Microsoft Graph groups export. */
export { isGraphGroupsExport, readGraphGroups } from "./graph.ts";
