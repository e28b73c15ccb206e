/**
 * Adopting what already exists: export files, the Azure resource list, re-keying
 * adoption IDs after the merge, and the stack's imports file the Pulumi program reads.
 */
export { ExportError, type ExportFile } from "./export-file.ts";
export { isAzureResourceList, readAzureResources } from "./azure-resources.ts";
export { importsFile } from "./imports-file.ts";
export { rekeyAdoptions, type Renames } from "./rekey.ts";
