/**
 * vCenter as an import source: a live vCenter (`readVcenter`, SOAP and REST) or PowerCLI
 * JSON exports (`readPowerCliExports`), both giving the `vsphere` section, the VLANs of
 * its port groups and the IDs Pulumi adopts existing resources by.
 */
export { readVcenter, sdkUrl, VCENTER_ENV, VcenterError, type VcenterOptions } from "./read.ts";
export {
  ExportError,
  powerCliKind,
  readPowerCliExports,
  type ExportFile,
  type PowerCliKind,
  type PowerCliOptions,
} from "./powercli.ts";
