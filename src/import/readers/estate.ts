/**
 * The readers of what a library runs beyond its closet, plugged into `carrel import`: a live
 * vCenter (`--vcenter URL`), PowerCLI exports of it, a Microsoft Graph groups export (Entra
 * ID) and an `az resource list` export (Azure). Each file is recognised by its keys; the
 * exports of one PowerCLI run, and the pages of one Graph export, are read together.
 */
import { ExportError, isAzureResourceList, readAzureResources } from "../adopt/index.ts";
import { isGraphGroupsExport, readGraphGroups } from "../entra/index.ts";
import type { ImportFragment, ImportNote, Origin } from "../fragment.ts";
import type { FileReader, ImportFile, SourceReader } from "../registry.ts";
import { powerCliKind, readPowerCliExports, readVcenter, VcenterError } from "../vcenter/index.ts";

/** An export's `file[:line]: message` error as the import report's note. */
function exportProblem(err: unknown, files: readonly ImportFile[]): ImportFragment {
  if (!(err instanceof ExportError)) throw err;
  const first = files[0]!.path;
  const named = files.find((f) => err.message.startsWith(`${f.path}:`))?.path ?? first;
  const rest = err.message.slice(named.length + 1);
  const line = /^(\d+):/.exec(rest);
  const origin: Origin = { source: named, ...(line ? { line: Number(line[1]) } : {}) };
  const message = (line ? rest.slice(line[0].length) : rest).trim();
  const note: ImportNote = { level: "error", origin, message };
  return { kind: "export", origin, items: [], notes: [note], adopt: [] };
}

const exportFile = (f: ImportFile) => ({ source: f.path, text: f.text });

/** The exports of one PowerCLI run: VMs, templates, port groups, DRS rules. */
export const powerCliReader: FileReader = {
  id: "powercli-export",
  format: "PowerCLI export (Get-VM | ConvertTo-Json)",
  recognise: (file) => (powerCliKind(file.text) ? 1 : undefined),
  read: (file) => powerCliReader.readAll!([file]),
  readAll: (files) => {
    try {
      return readPowerCliExports(files.map(exportFile));
    } catch (err) {
      return exportProblem(err, files);
    }
  },
};

/** The pages of a Microsoft Graph `GET /groups?$expand=members` export. */
export const graphReader: FileReader = {
  id: "graph-groups",
  format: "Microsoft Graph groups export",
  recognise: (file) => (isGraphGroupsExport(file.text) ? 1 : undefined),
  read: (file) => graphReader.readAll!([file]),
  readAll: (files) => {
    try {
      return readGraphGroups(files.map(exportFile));
    } catch (err) {
      return exportProblem(err, files);
    }
  },
};

/** An `az resource list --resource-group ... --output json` export. */
export const azureReader: FileReader = {
  id: "azure-resources",
  format: "Azure resource list (az resource list)",
  recognise: (file) => (isAzureResourceList(file.text) ? 1 : undefined),
  read: (file) => {
    try {
      return readAzureResources(exportFile(file));
    } catch (err) {
      return exportProblem(err, [file]);
    }
  },
};

/** A live vCenter; the account comes from the environment, never the command line. */
export const vcenterSource: SourceReader = {
  option: "vcenter",
  format: "vCenter",
  valueHelp: "URL of the vCenter SDK, https://vcenter.example.org/sdk",
  async read(url, context) {
    try {
      return await readVcenter(url, { env: context.env });
    } catch (err) {
      if (!(err instanceof VcenterError)) throw err;
      const origin: Origin = { source: url };
      const note: ImportNote = { level: "error", origin, message: err.message };
      return { kind: "vCenter", origin, items: [], notes: [note], adopt: [] };
    }
  },
};
